package io.wickedzerg.clients.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wickedzerg.config.HybridConfig;
import io.wickedzerg.config.Mode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalTelemetryClientTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void localModeWritesOneJsonlFilePerGameUnderTheDataDir() throws IOException {
        HybridConfig config = HybridConfig.builder().mode(Mode.LOCAL).dataDir(tmp.resolve("data"))
                .flushInterval(Duration.ofMillis(50)).build();
        BatchingTelemetryClient client = TelemetryClients.create(config, "run-local");
        for (int i = 0; i < 300; i++) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("minerals", i);
            fields.put("ratio", Double.NaN);
            fields.put("army", List.of("zergling", "roach"));
            fields.put("seq", "not the real seq");
            client.send(new TelemetryEvent(i % 2 == 0 ? "game-A" : "game/B", i, "sample", fields));
        }
        client.close(Duration.ofSeconds(5));

        Path dir = tmp.resolve("data").resolve("telemetry").resolve("run-local");
        assertThat(client.localFiles()).containsExactlyInAnyOrder(dir.resolve("game-A.jsonl"), dir.resolve("game_B.jsonl"));
        assertThat(client.describeDestination()).contains(dir.toString());
        List<String> lines = Files.readAllLines(dir.resolve("game-A.jsonl"));
        assertThat(lines).hasSize(150);
        JsonNode first = JSON.readTree(lines.get(0));
        assertThat(first.path("run_id").asText()).isEqualTo("run-local");
        assertThat(first.path("seq").asLong()).isEqualTo(1);
        assertThat(first.path("game_id").asText()).isEqualTo("game-A");
        assertThat(first.path("kind").asText()).isEqualTo("sample");
        assertThat(first.path("ratio").asText()).isEqualTo("NaN");
        assertThat(first.path("army").get(1).asText()).isEqualTo("roach");
        assertThat(first.path("field_seq").asText()).isEqualTo("not the real seq");

        List<Long> seqs = new ArrayList<>();
        for (String line : lines) {
            seqs.add(JSON.readTree(line).path("seq").asLong());
        }
        assertThat(seqs).isSorted().doesNotHaveDuplicates();
        TelemetryMetrics metrics = client.metrics();
        assertThat(metrics.emitted()).isEqualTo(300);
        assertThat(metrics.delivered()).isEqualTo(300);
        assertThat(metrics.breakerState()).isEqualTo("NONE");
    }

    @Test
    void hybridModeWithTelemetryDisabledStaysLocal() {
        HybridConfig config = HybridConfig.builder().mode(Mode.HYBRID).telemetryServiceEnabled(false)
                .dataDir(tmp.resolve("data")).build();
        BatchingTelemetryClient client = TelemetryClients.create(config, "run-x");
        client.close(Duration.ofSeconds(1));
        assertThat(client.describeDestination()).startsWith("local JSONL files");
    }

    @Test
    void hybridModeSendsToTheService() {
        HybridConfig config = HybridConfig.builder().mode(Mode.HYBRID).telemetryServiceUrl("http://127.0.0.1:9")
                .spoolDir(tmp.resolve("spool")).build();
        BatchingTelemetryClient client = TelemetryClients.create(config, "run-y");
        client.close(Duration.ofSeconds(1));
        assertThat(client.describeDestination()).startsWith("POST http://127.0.0.1:9/api/telemetry");
    }

    @Test
    void badRunIdIsRefusedNamingTheFieldAndTheAllowedValues() {
        HybridConfig config = HybridConfig.builder().build();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TelemetryClients.create(config, "../etc"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("runId").hasMessageContaining("A-Z a-z 0-9 . _ -");
    }
}
