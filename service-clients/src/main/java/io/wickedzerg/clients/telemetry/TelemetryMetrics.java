package io.wickedzerg.clients.telemetry;

/**
 * Counters of a telemetry client. Invariant once closed: emitted = delivered + droppedQueueFull
 * + droppedAfterShutdown + (what is still in the spool, to be replayed by the next client).
 */
public record TelemetryMetrics(
        long emitted,
        long delivered,
        long droppedQueueFull,
        long droppedAfterShutdown,
        long spooled,
        long replayed,
        long evicted,
        long deadLettered,
        long corruptFrames,
        String breakerState,
        int queueSize,
        long lostToDiskErrors) {

    /** For sources that have no disk of their own to fail. */
    public TelemetryMetrics(long emitted, long delivered, long droppedQueueFull, long droppedAfterShutdown,
                            long spooled, long replayed, long evicted, long deadLettered, long corruptFrames,
                            String breakerState, int queueSize) {
        this(emitted, delivered, droppedQueueFull, droppedAfterShutdown, spooled, replayed, evicted, deadLettered,
                corruptFrames, breakerState, queueSize, 0);
    }
}
