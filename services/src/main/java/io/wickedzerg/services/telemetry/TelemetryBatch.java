package io.wickedzerg.services.telemetry;

import java.util.List;

/** One {@code POST /api/telemetry} body, checked. */
public record TelemetryBatch(String runId, String batchId, List<StoredEvent> events) {
}
