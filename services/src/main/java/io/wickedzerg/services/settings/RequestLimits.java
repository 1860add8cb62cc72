package io.wickedzerg.services.settings;

/**
 * What one request may carry. Every limit answers with a 4xx naming it, never an out-of-memory.
 *
 * @param maxBodyBytes      the body as sent
 * @param maxInflatedBytes  the body after gunzip, so a small gzip bomb cannot inflate without bound
 * @param maxEventsPerBatch telemetry events in one batch
 * @param maxFieldChars     the longest string value
 */
public record RequestLimits(long maxBodyBytes, long maxInflatedBytes, int maxEventsPerBatch, int maxFieldChars) {

    public static RequestLimits defaults() {
        return new RequestLimits(8L << 20, 64L << 20, 10_000, 8_192);
    }
}
