package io.wickedzerg.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class E2eReportTest {

    private static BotRun bot(String result, long loops, double p99, long emitted, long spooled, long replayed,
                              long queueFull, long pendingResults) {
        return BotRun.parse(List.of(
                "result " + result + " vs opponent x after " + loops + " loops; build order b; step time p50 0.1 ms, p99 "
                        + p99 + " ms, max 9 ms over 1 steps; slowest manager m (p99 1 ms)",
                "game run_id=r game_id=g",
                "telemetry emitted=" + emitted + " delivered=" + (emitted - queueFull) + " spooled=" + spooled
                        + " replayed=" + replayed + " evicted=0 dropped_queue_full=" + queueFull
                        + " dropped_after_shutdown=0 dead_lettered=0 lost_to_disk_errors=0 corrupt_frames=0",
                "learning results_written=1 results_delivered=0 results_pending=" + pendingResults + " dead_lettered=0"));
    }

    private static E2eReport.Facts facts(BotRun hybrid, long storedRows, long distinct, boolean resultStored,
                                         E2eReport.Outage outage) {
        return new E2eReport.Facts(hybrid, outage, new ServiceQueries.StoredTelemetry(storedRows, distinct), 0,
                resultStored, onePair(hybrid, Optional.of(new ServerClock(5.5, 0)), Optional.of(new ServerClock(5.25, 1))));
    }

    private static StepTimes onePair(BotRun hybrid, Optional<ServerClock> hybridServer, Optional<ServerClock> offServer) {
        return new StepTimes(List.of(new StepTimes.Game("hybrid", true, hybrid, hybridServer),
                new StepTimes.Game("off-1", false, bot("Victory", 10_000, 2.0, 0, 0, 0, 0, 0), offServer)), 0.05);
    }

    private static final E2eReport.Outage ON_TIME = new E2eReport.Outage(3000, 6000, 6000, 6500);

    @Test
    void everyEventOnceTheResultStoredAndStepTimesCloseIsAPass() {
        E2eReport report = E2eReport.of(facts(bot("Victory", 10_000, 2.05, 1000, 300, 300, 0, 1), 1000, 1000, true,
                ON_TIME));

        assertThat(report.failed()).isEmpty();
        assertThat(report.passed()).isTrue();
        assertThat(report.table()).contains("duplicates")
                .contains("1.025 (1 round's ratio, no 95 % interval under 6 rounds) (target <= 1.05)")
                .contains("in the order played: hybrid 2.050, off 2.000 ms")
                .contains("on the server's clock (as AI Arena counts) 1.048 (1 round's ratio, no 95 % interval under 6 rounds), "
                        + "p99 medians 5.500 ms vs 5.250 ms, steps over 40 ms 0 vs 1")
                .contains("game thread's CPU p99 not recorded");
    }

    @Test
    void eachBrokenPromiseFailsItsOwnRow() {
        E2eReport report = E2eReport.of(facts(bot("Victory", 10_000, 2.5, 1000, 300, 200, 2, 0), 1001, 999, false,
                ON_TIME));

        assertThat(report.failed()).extracting(E2eReport.Row::what).containsExactly(
                "delivered (stored by the telemetry service)", "duplicates", "replayed", "dropped",
                "result spooled by the bot (learning service down)", "result stored (learning service, after run.sh flush)",
                "step time p99: hybrid vs telemetry off");
        assertThat(report.table()).contains("NO").contains("queue_full 2");
    }

    @Test
    void aGameThatEndedBeforeTheRestartFailsTheScheduleRow() {
        E2eReport report = E2eReport.of(facts(bot("Victory", 5_000, 2.0, 1000, 300, 300, 0, 1), 1000, 1000, true,
                new E2eReport.Outage(3000, -1, -1, -1)));

        assertThat(report.failed()).extracting(E2eReport.Row::what).containsExactly("game (hybrid)");
        assertThat(report.table()).contains("restarted at (never: the game ended first)");
    }

    @Test
    void aServiceThatAnswersOnlyAfterTheGameStillPassesWhenFlushReplaysTheSpool() {
        BotRun hybrid = bot("Victory", 10_000, 2.0, 1000, 300, 0, 0, 1);
        E2eReport report = E2eReport.of(new E2eReport.Facts(hybrid, new E2eReport.Outage(3000, 6000, 6000, -1),
                new ServiceQueries.StoredTelemetry(1000, 1000), 300, true,
                onePair(hybrid, Optional.empty(), Optional.empty())));

        assertThat(report.failed()).isEmpty();
        assertThat(report.table()).contains("answering at (after the game)").contains("300 (bot 0, run.sh flush 300)")
                .contains("on the server's clock: not recorded");
    }

    @Test
    void noSpoolingMeansTheOutageWasNotFelt() {
        E2eReport report = E2eReport.of(facts(bot("Victory", 10_000, 2.0, 1000, 0, 0, 0, 1), 1000, 1000, true,
                ON_TIME));

        assertThat(report.failed()).extracting(E2eReport.Row::what)
                .containsExactly("spooled (while the telemetry service was down)");
    }
}
