package io.wickedzerg.clients.telemetry;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.nio.charset.StandardCharsets;
import com.fasterxml.jackson.core.io.JsonStringEncoder;

/**
 * Turns drained events into sealed batches: {@code {"run_id","batch_id","events":[...]}}, gzip.
 * A batch is sealed early when its JSON passes {@code maxBatchBytes}, so one batch of huge events
 * cannot exceed what the service accepts. The batch id is {@code <run_id>:<first seq>-<last seq>}:
 * unique per run and the same however often the batch is sent.
 */
final class TelemetryBatchEncoder {

    private final JsonFactory json = new JsonFactory();
    private final String runId;
    private final int maxBatchBytes;

    TelemetryBatchEncoder(String runId, int maxBatchBytes) {
        this.runId = runId;
        if (maxBatchBytes < 1) {
            throw new IllegalArgumentException("maxBatchBytes: must be >= 1, was " + maxBatchBytes);
        }
        this.maxBatchBytes = maxBatchBytes;
    }

    List<EncodedBatch> encode(List<SequencedEvent> events) {
        List<EncodedBatch> batches = new ArrayList<>(1);
        ByteArrayOutputStream eventsJson = new ByteArrayOutputStream(Math.min(maxBatchBytes, 64 * 1024));
        try {
            int start = 0;
            int count = 0;
            for (int i = 0; i < events.size(); i++) {
                if (count > 0) {
                    eventsJson.write(',');
                }
                writeEvent(eventsJson, events.get(i));
                count++;
                if (eventsJson.size() >= maxBatchBytes) {
                    batches.add(seal(events, start, i, eventsJson));
                    eventsJson.reset();
                    start = i + 1;
                    count = 0;
                }
            }
            if (count > 0) {
                batches.add(seal(events, start, events.size() - 1, eventsJson));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory JSON encoding failed", e);
        }
        return batches;
    }

    /** One event as a JSON line (the local JSONL files and the wire share this form). */
    byte[] line(SequencedEvent event) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try {
            writeEvent(out, event);
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory JSON encoding failed", e);
        }
        out.write('\n');
        return out.toByteArray();
    }

    private void writeEvent(ByteArrayOutputStream out, SequencedEvent event) throws IOException {
        try (JsonGenerator generator = json.createGenerator(out, JsonEncoding.UTF8)) {
            EventJsonWriter.write(generator, runId, event);
        }
    }

    private EncodedBatch seal(List<SequencedEvent> events, int first, int last, ByteArrayOutputStream eventsJson)
            throws IOException {
        String batchId = runId + ":" + events.get(first).seq() + "-" + events.get(last).seq();
        ByteArrayOutputStream gzipped = new ByteArrayOutputStream(eventsJson.size() / 4 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(gzipped, 8192)) {
            String head = "{\"run_id\":\"" + quote(runId) + "\",\"batch_id\":\"" + quote(batchId) + "\",\"events\":[";
            gzip.write(head.getBytes(StandardCharsets.UTF_8));
            eventsJson.writeTo(gzip);
            gzip.write(new byte[] {']', '}'});
        }
        return new EncodedBatch(batchId, last - first + 1, gzipped.toByteArray());
    }

    private static String quote(String text) {
        return new String(JsonStringEncoder.getInstance().quoteAsString(text));
    }
}
