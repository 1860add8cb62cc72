package io.wickedzerg.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.wickedzerg.bot.ladder.LadderRunCounters;
import io.wickedzerg.clients.learning.LearningMetrics;
import io.wickedzerg.clients.telemetry.TelemetryMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The lines the ladder bot prints at its end are the lines e2e reads: a change on one side breaks this. */
class LadderCountersRoundTripTest {

    @Test
    void whatTheBotPrintsIsWhatE2eReads() {
        TelemetryMetrics telemetry = new TelemetryMetrics(900, 880, 5, 1, 300, 290, 4, 6, 2, "CLOSED", 0, 3, 0);
        LearningMetrics learning = new LearningMetrics(1, 0, 1, 0, 0, 1, 0, 0);
        List<String> lines = new ArrayList<>(List.of("result Defeat vs opponent o after 777 loops; build order b; "
                + "step time p50 0.200 ms, p99 1.500 ms, max 3.000 ms over 777 steps; slowest manager - (p99 0.000 ms)"));
        lines.addAll(new LadderRunCounters("run-1", "run-1-o", telemetry, Optional.of(learning)).lines());

        BotRun run = BotRun.parse(lines);

        assertThat(run.runId()).isEqualTo("run-1");
        assertThat(run.gameId()).isEqualTo("run-1-o");
        assertThat(run.telemetry("emitted")).isEqualTo(900);
        assertThat(run.telemetry("delivered")).isEqualTo(880);
        assertThat(run.telemetry("spooled")).isEqualTo(300);
        assertThat(run.telemetry("replayed")).isEqualTo(290);
        assertThat(run.dropped()).containsEntry("queue_full", 5L).containsEntry("after_shutdown", 1L)
                .containsEntry("evicted", 4L).containsEntry("dead_lettered", 6L).containsEntry("lost_to_disk_errors", 3L);
        assertThat(run.learning()).containsEntry("results_pending", 1L).containsEntry("results_delivered", 0L);
        assertThat(run.result()).contains("Defeat");
        assertThat(run.stepP99Ms()).isEqualTo(1.5);
    }
}
