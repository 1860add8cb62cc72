package io.wickedzerg.services.telemetry;

/** What one batch added: events new to the store, and repeats of events it already held. */
public record IngestResult(int inserted, int duplicates) {
}
