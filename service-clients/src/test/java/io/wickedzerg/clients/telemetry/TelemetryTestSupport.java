package io.wickedzerg.clients.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import io.wickedzerg.clients.testing.MutableClock;
import io.wickedzerg.clients.testing.RecordingSleeper;
import io.wickedzerg.clients.testing.TelemetryRecorder;
import io.wickedzerg.config.HybridConfig;
import io.wickedzerg.config.Mode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.SplittableRandom;

/** Shared set-up of the telemetry tests: a small, fast config and the conservation check. */
final class TelemetryTestSupport {

    private TelemetryTestSupport() {
    }

    static HybridConfig.Builder hybrid(String url, Path tmp) {
        return HybridConfig.builder()
                .mode(Mode.HYBRID)
                .telemetryServiceUrl(url)
                .spoolDir(tmp.resolve("spool"))
                .dataDir(tmp.resolve("data"))
                .batchSize(100)
                // batches here are sealed by count, flush() or close(): a short real-time interval would race
                // the test's sends and cut a batch in two on a busy machine
                .flushInterval(Duration.ofSeconds(10))
                .connectionTimeout(Duration.ofMillis(500))
                .retryAttempts(3)
                .retryDelay(Duration.ofMillis(100));
    }

    static BatchingTelemetryClient client(HybridConfig config, String runId, MutableClock clock,
                                          RecordingSleeper sleeper) {
        return TelemetryClients.builder(config, runId)
                .clock(clock)
                .sleeper(sleeper)
                .random(new SplittableRandom(42))
                .buildHttp();
    }

    /** The worker alone, over a test's sink, on the real clock. */
    static BatchingTelemetryClient worker(BatchingOptions options, TelemetryCounters counters, BatchSink sink) {
        return worker(options, counters, sink, WorkerClock.system());
    }

    static BatchingTelemetryClient worker(BatchingOptions options, TelemetryCounters counters, BatchSink sink,
                                          WorkerClock clock) {
        return new BatchingTelemetryClient(options, counters, sink, Thread::new, clock);
    }

    static void sendEvents(TelemetryServiceClient client, int count, String gameId) {
        for (int i = 0; i < count; i++) {
            client.send(new TelemetryEvent(gameId, i * 22L, "sample", Map.of("minerals", i, "supply", 12.5)));
        }
    }

    /** Nothing is lost silently: every emitted event reached the server or is a counted drop. */
    static void assertConserved(TelemetryMetrics metrics, TelemetryRecorder server, String runId) {
        assertThat(server.problems()).isEmpty();
        assertThat(metrics.emitted())
                .as("emitted = delivered (dedup by run_id, seq) + queue_full + after_shutdown + dead-lettered; %s",
                        metrics)
                .isEqualTo(server.acceptedCount(runId) + metrics.droppedQueueFull()
                        + metrics.droppedAfterShutdown() + metrics.deadLettered());
    }
}
