package io.wickedzerg.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wickedzerg.bot.core.StepTimes;
import io.wickedzerg.bot.game.GameReport;
import io.wickedzerg.bot.game.GameScore;
import io.wickedzerg.clients.telemetry.TelemetryMetrics;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryJsonTest {

    private static TelemetryMetrics metrics(long emitted, long delivered, long spooled, long queueFull) {
        return new TelemetryMetrics(emitted, delivered, queueFull, 0, spooled, 0, 0, 0, 0, "CLOSED", 3, 0);
    }

    /** A game as the session reports it: unrounded numbers, this game's telemetry and the run's so far. */
    private static GameReport game(String id, String result, TelemetryMetrics thisGame, TelemetryMetrics runSoFar) {
        StepTimes times = new StepTimes(6000, 0.41234567, 1.2345678, 17.0000001, 0.5123456, 2,
                new StepTimes.Cpu(1.1111111, 45.0000001, 1), "combat", 0.9876543,
                Map.of("combat", 0.9876543), Map.of());
        return new GameReport(id, result, "TERRAN EASY", "Wicked Cove", 7, 11471, 38.04999999, times, thisGame,
                runSoFar, "data/telemetry/run", null, 0.8899999999999999, "", 3, "local-4", "hatch-gas-pool", "",
                result.equals("Victory") ? GameScore.of(2400.04, 1149.96) : GameScore.UNKNOWN);
    }

    private final List<GameReport> games = List.of(
            game("g1", "Victory", metrics(1500, 1480, 0, 0), metrics(1500, 1480, 0, 0)),
            game("g2", "Defeat", metrics(1400, 1420, 10, 2), metrics(2900, 2900, 10, 2)),
            game("g3", "Victory", metrics(1000, 1000, 0, 0), metrics(3900, 3900, 10, 2)));

    @Test
    void eachGameReportsItsOwnTelemetryAndTheRunTotalsAreLabelledApart(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("summary.json");
        SummaryJson.write(file, SummaryJson.of("run", games, metrics(3910, 3910, 10, 2)));

        JsonNode root = new ObjectMapper().readTree(file.toFile());
        JsonNode second = root.path("games").get(1);
        assertThat(second.path("telemetry_this_game").path("emitted").asLong()).isEqualTo(1400);
        assertThat(second.path("telemetry_this_game").path("spooled").asLong()).isEqualTo(10);
        assertThat(second.path("telemetry_this_game").path("dropped").path("queue_full").asLong()).isEqualTo(2);
        assertThat(second.path("telemetry_run_total_at_game_end").path("emitted").asLong()).isEqualTo(2900);
        assertThat(root.path("telemetry_run_total").path("emitted").asLong()).isEqualTo(3910);
        assertThat(root.path("telemetry_run_total").path("breaker_state").asText()).isEqualTo("CLOSED");
        long sumOfGames = 0;
        for (JsonNode g : root.path("games")) {
            sumOfGames += g.path("telemetry_this_game").path("emitted").asLong();
        }
        assertThat(sumOfGames).as("per-game counts add up to the run's").isEqualTo(3900);
    }

    @Test
    void numbersAreRoundedForPeople(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("summary.json");
        SummaryJson.write(file, SummaryJson.of("run", games, null));
        String text = Files.readString(file);

        assertThat(text).contains("\"build_order_score\" : 0.89,", "\"win_rate\" : 0.67,", "\"wall_seconds\" : 38.0,",
                "\"game_seconds\" : 512.1,", "\"p50\" : 0.412,", "\"p99\" : 1.235,", "\"max\" : 17.0",
                "\"mean\" : 0.512", "\"steps_over_40ms\" : 2")
                .doesNotContain("0.88999", "0.6666", "1.23456", "512.09", "17.0000001");
    }

    @Test
    void eachGameHasItsStepsCpuTimeBesideTheirWallTime(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("summary.json");
        SummaryJson.write(file, SummaryJson.of("run", games, null));

        JsonNode game = new ObjectMapper().readTree(file.toFile()).path("games").get(0);
        assertThat(game.path("step_cpu_ms").path("p99").asDouble()).isEqualTo(1.111);
        assertThat(game.path("step_cpu_ms").path("max").asDouble()).isEqualTo(45.0);
        assertThat(game.path("steps_over_40ms_cpu").asLong()).isEqualTo(1);
        assertThat(game.path("steps_over_40ms").asLong()).isEqualTo(2);
    }

    @Test
    void killedAndLostValueAreReportedAndNullWhenTheGameHadNoScore(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("summary.json");
        SummaryJson.write(file, SummaryJson.of("run", games, null));

        JsonNode root = new ObjectMapper().readTree(file.toFile());
        assertThat(root.path("games").get(0).path("killed_value").asDouble()).isEqualTo(2400.0);
        assertThat(root.path("games").get(0).path("lost_value").asDouble()).isEqualTo(1150.0);
        assertThat(root.path("games").get(1).path("killed_value").isNull()).isTrue();
    }

    @Test
    void theConsoleSaysWhatThisGameDidAndWhatTheRunDidApart() {
        StringWriter text = new StringWriter();

        PlayCommand.printGame(new PrintWriter(text), games.get(1));

        assertThat(text.toString())
                .contains("this game: 1400 events emitted, 1420 delivered, 10 spooled, 2 dropped; run so far: 2900 emitted, 2900 delivered")
                .contains("score 0.89;").contains("3 strategy parameters updated").contains("38.0 s wall")
                .contains("p99 1.235 ms");
    }
}
