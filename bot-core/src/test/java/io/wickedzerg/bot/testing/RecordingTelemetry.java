package io.wickedzerg.bot.testing;

import io.wickedzerg.clients.telemetry.TelemetryEvent;
import io.wickedzerg.clients.telemetry.TelemetryMetrics;
import io.wickedzerg.clients.telemetry.TelemetryServiceClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Keeps every event in memory. */
public final class RecordingTelemetry implements TelemetryServiceClient {

    public final List<TelemetryEvent> events = new ArrayList<>();
    public int flushes;

    @Override public void send(TelemetryEvent event) { events.add(event); }
    @Override public CompletableFuture<Void> flush() { flushes++; return CompletableFuture.completedFuture(null); }
    @Override public void close(Duration deadline) { }

    @Override
    public TelemetryMetrics metrics() {
        return new TelemetryMetrics(events.size(), events.size(), 0, 0, 0, 0, 0, 0, 0, "NONE", 0);
    }

    public List<TelemetryEvent> ofKind(String kind) {
        return events.stream().filter(e -> e.kind().equals(kind)).toList();
    }
}
