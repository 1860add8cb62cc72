package io.wickedzerg.bot.game;

import io.wickedzerg.clients.telemetry.TelemetryEvent;
import io.wickedzerg.clients.telemetry.TelemetryMetrics;
import io.wickedzerg.clients.telemetry.TelemetryServiceClient;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** Telemetry that goes nowhere: a warm-up brain's events are not the game's. */
final class DiscardingTelemetry implements TelemetryServiceClient {

    @Override
    public void send(TelemetryEvent event) {
        // discarded on purpose
    }

    @Override
    public CompletableFuture<Void> flush() {
        return CompletableFuture.completedFuture(null); // nothing held
    }

    @Override
    public void close(Duration deadline) {
        // nothing held
    }

    @Override
    public TelemetryMetrics metrics() {
        return new TelemetryMetrics(0, 0, 0, 0, 0, 0, 0, 0, 0, "NONE", 0);
    }
}
