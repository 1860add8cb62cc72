package io.wickedzerg.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.ocraft.s2client.protocol.game.Difficulty;
import com.github.ocraft.s2client.protocol.game.Race;
import io.wickedzerg.bot.core.FailurePolicy;
import io.wickedzerg.bot.game.BotRuntime;
import io.wickedzerg.bot.game.GameReport;
import io.wickedzerg.config.HybridConfig;
import io.wickedzerg.config.Mode;
import io.wickedzerg.services.http.TestHttp;
import io.wickedzerg.services.learning.LearningSettings;
import io.wickedzerg.services.runtime.RunningService;
import io.wickedzerg.services.settings.ServiceName;
import io.wickedzerg.services.settings.ServiceSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole headless games in hybrid mode against a real learning service with a small population (3 candidates x 1
 * game): each game plays the candidate the service serves next, its result reaches the service with the game's
 * score, build order and opponent, and the generation advances; a bot given a ladder opponent id gets that
 * opponent's own model once the opponent has a result.
 */
class HybridLearningTest {

    @TempDir
    Path dir;

    @Test
    void gamesInHybridModeAdvanceTheLearningServicesGeneration() {
        LearningSettings learning = LearningSettings.builder(ProjectFiles.path("config")).populationSize(3)
                .gamesPerCandidate(1).seed(11).build();
        try (RunningService service = RunningService.learning(ServiceSettings.local(ServiceName.LEARNING, 0,
                dir.resolve("service")), learning, Clock.systemUTC())) {
            TestHttp http = new TestHttp(service.baseUrl());
            List<GameReport> reports = new ArrayList<>();
            try (BotRuntime runtime = runtime(service, "learn-run", null)) {
                for (int seed = 1; seed <= 4; seed++) {
                    reports.add(Games.play(runtime, "Wicked Cove", Race.TERRAN, Difficulty.EASY, seed));
                }
            }
            JsonNode stats = http.get("/api/stats").json();

            assertThat(reports).extracting(GameReport::modelVersion).satisfiesExactly(
                    v -> assertThat(v).startsWith("svc-g0-c00-"), v -> assertThat(v).startsWith("svc-g0-c01-"),
                    v -> assertThat(v).startsWith("svc-g0-c02-"), v -> assertThat(v).startsWith("svc-g1-c00-"));
            JsonNode first = stats.get("generations").get(0);
            assertThat(first.get("complete").asBoolean()).isTrue();
            assertThat(first.get("games").asInt()).isEqualTo(3);
            assertThat(first.get("wins").asInt()).isEqualTo((int) reports.subList(0, 3).stream()
                    .filter(GameReport::won).count());
            assertThat(stats.get("current").get("generation").asInt()).as("the generation advanced").isEqualTo(1);
            assertThat(stats.get("generations").get(1).get("games").asInt()).isEqualTo(1);
            assertThat(stats.get("results").get("recorded").asInt()).isEqualTo(4);
            for (GameReport report : reports) {
                JsonNode stored = http.get("/api/training/learn-run/" + report.gameId()).json();
                assertThat(stored.get("model_version").asText()).isEqualTo(report.modelVersion());
                assertThat(stored.get("build_order").asText()).isEqualTo(report.buildOrder());
                assertThat(stored.get("game_result").asText()).isEqualTo(report.result());
                assertThat(stored.get("opponent_race").asText()).isEqualTo("Terran");
                assertThat(stored.get("opponent_difficulty").asText()).isEqualTo("Easy");
                assertThat(stored.get("map").asText()).isEqualTo("Wicked Cove");
                assertThat(stored.get("killed_value").asDouble()).as("the score's killed value").isPositive();
                assertThat(stored.get("lost_value").isNumber()).isTrue();
                assertThat(stored.get("booking").get("status").asText()).isEqualTo("recorded");
            }

            // a ladder opponent: its first game plays the shared model, the next its own (seeded from the best)
            List<GameReport> ladder = new ArrayList<>();
            try (BotRuntime runtime = runtime(service, "ladder-run", "bot-7")) {
                for (int seed = 5; seed <= 6; seed++) {
                    ladder.add(Games.play(runtime, "Wicked Cove", Race.TERRAN, Difficulty.EASY, seed));
                }
            }
            assertThat(ladder.get(0).modelVersion()).doesNotContain("@");
            assertThat(ladder.get(1).modelVersion()).matches("svc-g0-c00-[0-9a-f]{8}@bot-7");
            assertThat(http.get("/api/training/ladder-run/" + ladder.get(1).gameId()).json().get("opponent_id")
                    .asText()).isEqualTo("bot-7");
            assertThat(http.get("/api/stats?opponent=bot-7").json().get("results").get("recorded").asInt())
                    .isEqualTo(1);
        }
    }

    private BotRuntime runtime(RunningService service, String runId, String opponentKey) {
        HybridConfig config = HybridConfig.builder().mode(Mode.HYBRID).telemetryServiceEnabled(false)
                .learningServiceUrl(service.baseUrl().toString()).serviceRegistryUrl("http://127.0.0.1:1")
                .dataDir(dir.resolve("bot-" + runId)).build();
        return new BotRuntime(config, runId, new BotRuntime.Options(ProjectFiles.path("config"), null,
                FailurePolicy.RETHROW, opponentKey, new ChartWriter()), System::nanoTime);
    }
}
