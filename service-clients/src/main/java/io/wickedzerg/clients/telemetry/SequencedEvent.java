package io.wickedzerg.clients.telemetry;

/** An accepted event with its per-run sequence number, which makes {@code (run_id, seq)} unique. */
record SequencedEvent(long seq, TelemetryEvent event) {
}
