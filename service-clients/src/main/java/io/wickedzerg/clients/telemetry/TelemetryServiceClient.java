package io.wickedzerg.clients.telemetry;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Telemetry out of the game process. Two implementations, chosen from HybridConfig: batched HTTP to
 * the telemetry service (hybrid) or a per-game JSONL file (local). Callers never branch on which.
 */
public interface TelemetryServiceClient extends AutoCloseable {

    /** Game thread: O(1), no I/O, no serialization, never blocks, never throws; a drop is counted. */
    void send(TelemetryEvent event);

    /**
     * Seals what is queued into batches and asks the worker to send them now; never blocks. The future
     * completes once every event sent before this call is delivered, spooled, dead-lettered or dropped
     * and counted (also when the client closes first); it never completes exceptionally. Stages chained
     * to it without {@code ...Async} run on the telemetry worker: keep them short.
     */
    CompletableFuture<Void> flush();

    /**
     * Stops accepting, sends what is queued and replays what an outage left in the spool while the
     * service answers, until the deadline; spools and forces the rest. Idempotent.
     */
    void close(Duration deadline);

    @Override
    default void close() {
        close(Duration.ofSeconds(5));
    }

    TelemetryMetrics metrics();

    /** Where the events go, in words for people (a URL, or the folder of the local files). */
    default String describeDestination() {
        return getClass().getSimpleName();
    }
}
