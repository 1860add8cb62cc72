package io.wickedzerg.services.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wickedzerg.services.dashboard.LearningStats.Candidate;
import io.wickedzerg.services.dashboard.LearningStats.Tier;
import io.wickedzerg.services.http.TestHttp;
import io.wickedzerg.services.learning.LearningSettings;
import io.wickedzerg.services.runtime.RunningService;
import io.wickedzerg.services.settings.ServiceName;
import io.wickedzerg.services.settings.ServiceSettings;
import io.wickedzerg.services.testing.ManualClock;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real learning service's {@code GET /api/stats}, after generations played to an environment change, read by
 * the dashboard's parser and served on the dashboard's learning panel.
 */
class LearningStatsFromServiceTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void theLearningServicesStatsParseInTheDashboard() {
        ManualClock clock = new ManualClock(NOW);
        LearningSettings learning = LearningSettings.builder(Path.of(System.getProperty("wz.projectRoot", ".."))
                .resolve("config")).populationSize(2).gamesPerCandidate(1).seed(5).build();
        try (RunningService service = RunningService.learning(ServiceSettings.local(ServiceName.LEARNING, 0,
                dir.resolve("learning")), learning, clock)) {
            TestHttp http = new TestHttp(service.baseUrl());
            // generations 0-4: the elite (always c00) wins and the other loses; in generation 5 the elite loses too,
            // after 4 games of it as the baseline: the environment check declares a change
            for (int generation = 0; generation <= 5; generation++) {
                play(http, "g" + generation + "a", 0, generation < 5 ? "Victory" : "Defeat");
                play(http, "g" + generation + "b", 1, "Defeat");
            }
            play(http, "g6a", 0, "Victory");
            String body = http.get("/api/stats").body();

            LearningStats stats = new LearningStatsParser(new JsonReader(new ObjectMapper())).parse(body);

            assertThat(stats.generations()).hasSize(7);
            LearningStats.Generation first = stats.generations().get(0);
            assertThat(first.games()).isEqualTo(2);
            assertThat(first.wins()).isEqualTo(1);
            assertThat(first.winRate()).isEqualTo(0.5);
            assertThat(first.bestFitness()).isGreaterThan(first.meanFitness());
            LearningStats.Generation playing = stats.generations().get(6);
            assertThat(playing.generation()).isEqualTo(6);
            assertThat(playing.games()).isEqualTo(1);
            assertThat(playing.bestFitness()).as("not ranked yet").isNull();
            assertThat(stats.current()).hasValueSatisfying(current -> {
                assertThat(current.generation()).isEqualTo(6);
                assertThat(current.candidates()).extracting(Candidate::id, Candidate::tier, Candidate::games)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("g6-c00", Tier.ELITE, 1),
                                org.assertj.core.groups.Tuple.tuple("g6-c01", Tier.UNRANKED, 0));
            });
            assertThat(stats.environmentChanges()).singleElement().satisfies(change -> {
                assertThat(change.generation()).isEqualTo(5);
                assertThat(change.time()).isEqualTo(NOW.toString());
                assertThat(change.recent()).isLessThan(change.baseline() * 0.8);
            });

            try (RunningService dashboard = dashboard(service.baseUrl())) {
                JsonNode panel = new TestHttp(dashboard.baseUrl()).get("/data/learning").json();
                assertThat(panel.get("available").asBoolean()).as(panel.toString()).isTrue();
                assertThat(panel.get("stats").get("generations")).hasSize(7);
                assertThat(panel.get("stats").get("environment_changes")).hasSize(1);
            }
        }
    }

    /** Plays the current generation's candidate {@code index} (its explore version, from the stats) as {@code outcome}. */
    private static void play(TestHttp http, String game, int index, String outcome) {
        String version = http.get("/api/stats").json().get("current").get("candidates").get(index).get("version")
                .asText();
        TestHttp.Answer answer = http.post("/api/training", "{\"run_id\":\"stats-run\",\"game_id\":\"" + game
                + "\",\"game_result\":\"" + outcome + "\",\"game_time\":300,\"build_order_score\":1,"
                + "\"loss_reason\":\"\",\"parameters_updated\":0,\"parameters\":{},\"model_version\":\"" + version
                + "\",\"killed_value\":1000,\"lost_value\":500}");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().get("status").asText()).as(answer.body()).isEqualTo("recorded");
    }

    private RunningService dashboard(URI learning) {
        URI nowhere = URI.create("http://127.0.0.1:1");
        DashboardSettings settings = new DashboardSettings(new Upstream("telemetry", Optional.of(nowhere), false,
                nowhere), new Upstream("registry", Optional.of(nowhere), false, nowhere),
                new Upstream("learning", Optional.of(learning), true, learning),
                new Upstream("supervisor", Optional.of(nowhere), false, nowhere), Duration.ofSeconds(10),
                Duration.ofSeconds(2), Optional.empty());
        return RunningService.dashboard(ServiceSettings.local(ServiceName.DASHBOARD, 0, dir.resolve("dashboard")),
                settings, java.time.Clock.systemUTC());
    }
}
