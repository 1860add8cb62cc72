package io.wickedzerg.clients.telemetry;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * The live counters behind {@link TelemetryMetrics}: written by the game thread (emitted, drops) and
 * the worker (the rest), read by anyone.
 */
final class TelemetryCounters {

    /** Also the source of {@code seq}: every event that reaches {@code send} gets the next number. */
    final AtomicLong emitted = new AtomicLong();
    final LongAdder droppedQueueFull = new LongAdder();
    final LongAdder droppedAfterShutdown = new LongAdder();
    final LongAdder delivered = new LongAdder();
    final LongAdder spooled = new LongAdder();
    final LongAdder replayed = new LongAdder();
    /** Oldest telemetry given up to keep the spool under its size cap. */
    final LongAdder evicted = new LongAdder();
    /** Given up because the disk refused it (spool or local file unwritable for too long). */
    final LongAdder lostToDiskErrors = new LongAdder();
    final LongAdder deadLettered = new LongAdder();
    /** Dead-lettered events not written to the dead-letter file because it reached its size cap. */
    final LongAdder deadLetterDropped = new LongAdder();
    final LongAdder corruptFrames = new LongAdder();

    TelemetryMetrics snapshot(String breakerState, int queueSize) {
        return new TelemetryMetrics(emitted.get(), delivered.sum(), droppedQueueFull.sum(),
                droppedAfterShutdown.sum(), spooled.sum(), replayed.sum(), evicted.sum(), deadLettered.sum(),
                corruptFrames.sum(), breakerState, queueSize, lostToDiskErrors.sum(), deadLetterDropped.sum());
    }
}
