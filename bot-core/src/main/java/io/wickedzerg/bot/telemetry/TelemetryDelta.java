package io.wickedzerg.bot.telemetry;

import io.wickedzerg.clients.telemetry.TelemetryMetrics;

/**
 * What happened to a telemetry client between two readings of its counters: one run shares one
 * client, so a game's share is the difference between its start and its end. The gauges (breaker
 * state, queue size) are the later reading's.
 */
public final class TelemetryDelta {

    private TelemetryDelta() {
    }

    public static TelemetryMetrics between(TelemetryMetrics before, TelemetryMetrics after) {
        return new TelemetryMetrics(
                after.emitted() - before.emitted(),
                after.delivered() - before.delivered(),
                after.droppedQueueFull() - before.droppedQueueFull(),
                after.droppedAfterShutdown() - before.droppedAfterShutdown(),
                after.spooled() - before.spooled(),
                after.replayed() - before.replayed(),
                after.evicted() - before.evicted(),
                after.deadLettered() - before.deadLettered(),
                after.corruptFrames() - before.corruptFrames(),
                after.breakerState(),
                after.queueSize(),
                after.lostToDiskErrors() - before.lostToDiskErrors());
    }
}
