package io.wickedzerg.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BotRunTest {

    private static final List<String> OUTPUT = List.of(
            "progress game loop 250",
            "12:00:01.000 INFO  some log line with result in it",
            "result Victory vs opponent e2e-terran-easy after 10211 loops; build order hatch-gas-pool; step time p50 "
                    + "0.412 ms, p99 2.345 ms, max 40.100 ms, mean 0.500 ms over 10211 steps, 1 over 40 ms; CPU p99 0.900 ms, "
                    + "max 12.000 ms, 0 over 40 ms; slowest manager combat (p99 1.000 ms)",
            "game run_id=e2e-hybrid-ladder-17 game_id=e2e-hybrid-ladder-17-e2e-terran-easy",
            "telemetry emitted=1200 delivered=1190 spooled=400 replayed=390 evicted=0 dropped_queue_full=3 "
                    + "dropped_after_shutdown=0 dead_lettered=7 lost_to_disk_errors=0 corrupt_frames=0",
            "learning results_written=1 results_delivered=0 results_pending=1 dead_lettered=0");

    @Test
    void readsTheResultTheIdsAndTheCountersTheLadderBotPrints() {
        BotRun run = BotRun.parse(OUTPUT);

        assertThat(run.result()).contains("Victory");
        assertThat(run.gameLoops()).isEqualTo(10211);
        assertThat(run.stepP99Ms()).isEqualTo(2.345);
        assertThat(run.stepCpuP99Ms()).isEqualTo(0.9);
        assertThat(run.runId()).isEqualTo("e2e-hybrid-ladder-17");
        assertThat(run.gameId()).isEqualTo("e2e-hybrid-ladder-17-e2e-terran-easy");
        assertThat(run.telemetry("emitted")).isEqualTo(1200);
        assertThat(run.telemetry("replayed")).isEqualTo(390);
        assertThat(run.dropped()).containsExactly(java.util.Map.entry("queue_full", 3L),
                java.util.Map.entry("after_shutdown", 0L), java.util.Map.entry("evicted", 0L),
                java.util.Map.entry("dead_lettered", 7L), java.util.Map.entry("lost_to_disk_errors", 0L));
        assertThat(run.learning()).containsEntry("results_pending", 1L);
        assertThat(run.complete()).isTrue();
    }

    @Test
    void aBotThatDiedBeforeItsResultIsIncomplete() {
        BotRun run = BotRun.parse(List.of("progress game loop 250", "Exception in thread main"));

        assertThat(run.result()).isEmpty();
        assertThat(run.complete()).isFalse();
        assertThat(run.stepP99Ms()).isNaN();
    }

    @Test
    void progressLinesGiveTheirLoopAndNothingElseDoes() {
        assertThat(BotRun.progressLoop("progress game loop 6000")).hasValue(6000);
        assertThat(BotRun.progressLoop("progress game loop 6000 and more")).isEmpty();
        assertThat(BotRun.progressLoop("result Victory")).isEmpty();
    }
}
