package io.wickedzerg.clients.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class TelemetryBatchEncoderTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<SequencedEvent> events(int count, int blobChars) {
        List<SequencedEvent> events = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            events.add(new SequencedEvent(i, new TelemetryEvent("g\"1", i, "sample", Map.of("blob", "y".repeat(blobChars)))));
        }
        return events;
    }

    private static JsonNode decode(EncodedBatch batch) throws IOException {
        return JSON.readTree(new GZIPInputStream(new ByteArrayInputStream(batch.gzippedBody())));
    }

    @Test
    void oneBatchCarriesTheEnvelopeAndEveryEventWithRunIdAndSeq() throws IOException {
        List<EncodedBatch> batches = new TelemetryBatchEncoder("run-7", 1 << 20).encode(events(5, 10));
        assertThat(batches).hasSize(1);
        EncodedBatch batch = batches.get(0);
        assertThat(batch.batchId()).isEqualTo("run-7:1-5");
        assertThat(batch.events()).isEqualTo(5);
        JsonNode body = decode(batch);
        assertThat(body.path("run_id").asText()).isEqualTo("run-7");
        assertThat(body.path("batch_id").asText()).isEqualTo("run-7:1-5");
        assertThat(body.path("events")).hasSize(5);
        JsonNode third = body.path("events").get(2);
        assertThat(third.path("seq").asLong()).isEqualTo(3);
        assertThat(third.path("run_id").asText()).isEqualTo("run-7");
        assertThat(third.path("game_id").asText()).isEqualTo("g\"1"); // escaped, not broken
        assertThat(third.path("game_loop").asLong()).isEqualTo(3);
    }

    @Test
    void batchIsSealedEarlyByBytesAndEachPartKeepsItsOwnId() throws IOException {
        List<EncodedBatch> batches = new TelemetryBatchEncoder("run-7", 5_000).encode(events(20, 1_000));
        assertThat(batches).hasSizeGreaterThan(3);
        assertThat(batches.stream().mapToInt(EncodedBatch::events).sum()).isEqualTo(20);
        long next = 1;
        for (EncodedBatch batch : batches) {
            JsonNode body = decode(batch);
            assertThat(body.path("events")).hasSize(batch.events());
            assertThat(batch.batchId()).isEqualTo("run-7:" + next + "-" + (next + batch.events() - 1));
            next += batch.events();
        }
    }
}
