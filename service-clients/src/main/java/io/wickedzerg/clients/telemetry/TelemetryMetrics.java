package io.wickedzerg.clients.telemetry;

/**
 * Counters of a telemetry client. Invariant once closed: emitted = delivered + droppedQueueFull
 * + droppedAfterShutdown + deadLettered + lostToDiskErrors + evicted + (what is still in the spool,
 * to be replayed by the next client).
 *
 * @param deadLettered      events the service refused for good (final 4xx)
 * @param deadLetterDropped of those, the events not kept in the dead-letter file because it is at its cap
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
        long lostToDiskErrors,
        long deadLetterDropped) {

    public TelemetryMetrics(long emitted, long delivered, long droppedQueueFull, long droppedAfterShutdown,
                            long spooled, long replayed, long evicted, long deadLettered, long corruptFrames,
                            String breakerState, int queueSize, long lostToDiskErrors) {
        this(emitted, delivered, droppedQueueFull, droppedAfterShutdown, spooled, replayed, evicted, deadLettered,
                corruptFrames, breakerState, queueSize, lostToDiskErrors, 0);
    }

    /** For sources that have no disk of their own to fail. */
    public TelemetryMetrics(long emitted, long delivered, long droppedQueueFull, long droppedAfterShutdown,
                            long spooled, long replayed, long evicted, long deadLettered, long corruptFrames,
                            String breakerState, int queueSize) {
        this(emitted, delivered, droppedQueueFull, droppedAfterShutdown, spooled, replayed, evicted, deadLettered,
                corruptFrames, breakerState, queueSize, 0);
    }
}
