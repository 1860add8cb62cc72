package io.wickedzerg.clients.spool;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One unit of the spool: a batch (or a game result) with the id it keeps across replays.
 *
 * @param batchId  sent again unchanged as the idempotency key when replayed
 * @param records  how many records the payload holds (telemetry events; 1 for a game result)
 * @param payload  the request body exactly as it will be sent
 */
public record SpoolFrame(String batchId, int records, byte[] payload) {

    static final int MAX_ID_BYTES = 1024;

    public SpoolFrame {
        Objects.requireNonNull(batchId, "batchId");
        Objects.requireNonNull(payload, "payload");
        if (batchId.getBytes(StandardCharsets.UTF_8).length > MAX_ID_BYTES) {
            throw new IllegalArgumentException("batchId: at most " + MAX_ID_BYTES + " UTF-8 bytes");
        }
        if (records < 0) {
            throw new IllegalArgumentException("records: must be >= 0, was " + records);
        }
    }
}
