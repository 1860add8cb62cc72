package io.wickedzerg.clients.telemetry;

/**
 * A sealed batch: its id is fixed here, once, and every resend and replay uses it unchanged.
 *
 * @param gzippedBody the request body, gzip-compressed JSON
 */
record EncodedBatch(String batchId, int events, byte[] gzippedBody) {
}
