package io.wickedzerg.services.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wickedzerg.services.http.TestHttp;
import io.wickedzerg.services.runtime.RunningService;
import io.wickedzerg.services.settings.ServiceName;
import io.wickedzerg.services.settings.ServiceSettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TelemetryServiceTest {

    @TempDir
    Path dir;
    private RunningService service;
    private TestHttp http;

    @BeforeEach
    void start() {
        service = RunningService.start(ServiceSettings.local(ServiceName.TELEMETRY, 0, dir), Clock.systemUTC());
        http = new TestHttp(service.baseUrl());
    }

    @AfterEach
    void stop() {
        service.close();
    }

    static String batch(String runId, String gameId, int fromSeq, int count) {
        StringBuilder events = new StringBuilder();
        for (int i = 0; i < count; i++) {
            long seq = fromSeq + i;
            String kind = seq == 1 ? "game_start" : "sample";
            String extra = seq == 1 ? "\"opponent\":\"Terran Easy\",\"map\":\"Wicked Cove\",\"instance_id\":\"wz-0\""
                    : "\"minerals\":" + (50 + seq) + ",\"gas\":" + seq + ",\"units_by_type\":{\"ZERG_DRONE\":12}";
            events.append(i == 0 ? "" : ",").append("{\"run_id\":\"").append(runId).append("\",\"seq\":").append(seq)
                    .append(",\"game_id\":\"").append(gameId).append("\",\"game_loop\":").append(seq * 22)
                    .append(",\"kind\":\"").append(kind).append("\",").append(extra).append('}');
        }
        return "{\"run_id\":\"" + runId + "\",\"batch_id\":\"" + runId + "-b" + fromSeq + "\",\"events\":[" + events
                + "]}";
    }

    @Test
    void aRepeatedBatchIsStoredOnceAndAnsweredWithTheSame2xx() {
        String body = batch("run-1", "run-1-g1", 1, 50);
        TestHttp.Answer first = http.postGzip("/api/telemetry", body.getBytes(StandardCharsets.UTF_8));
        TestHttp.Answer again = http.postGzip("/api/telemetry", body.getBytes(StandardCharsets.UTF_8));

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("new").asInt()).isEqualTo(50);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("new").asInt()).isZero();
        assertThat(again.json().get("duplicates").asInt()).isEqualTo(50);
        JsonNode game = http.get("/api/games").json().get("games").get(0);
        assertThat(game.get("game_id").asText()).isEqualTo("run-1-g1");
        assertThat(game.get("event_count").asLong()).isEqualTo(50);
        assertThat(game.get("opponent").asText()).isEqualTo("Terran Easy");
        assertThat(game.get("map").asText()).isEqualTo("Wicked Cove");
        assertThat(game.get("first_loop").asLong()).isEqualTo(22);
        assertThat(game.get("last_loop").asLong()).isEqualTo(50 * 22);
    }

    @Test
    void overlappingBatchesAddOnlyTheNewEvents() {
        http.post("/api/telemetry", batch("run-2", "run-2-g1", 1, 30));
        TestHttp.Answer overlap = http.post("/api/telemetry", batch("run-2", "run-2-g1", 21, 30));

        assertThat(overlap.json().get("new").asInt()).isEqualTo(20);
        assertThat(overlap.json().get("duplicates").asInt()).isEqualTo(10);
        assertThat(http.get("/api/games/run-2-g1").json().get("event_count").asLong()).isEqualTo(50);
        assertThat(http.get("/api/games/run-2-g1/telemetry").json().get("count").asInt()).isEqualTo(50);
    }

    @Test
    void theTimeSeriesFiltersByFieldsAndLoops() {
        http.post("/api/telemetry", batch("run-3", "run-3-g1", 1, 20));

        JsonNode series = http.get("/api/games/run-3-g1/telemetry?kind=sample&fields=minerals&from_loop=44&to_loop=88")
                .json();

        assertThat(series.get("count").asInt()).isEqualTo(3);
        JsonNode first = series.get("events").get(0);
        assertThat(first.get("game_loop").asLong()).isEqualTo(44);
        assertThat(first.get("minerals").asInt()).isEqualTo(52);
        assertThat(first.has("gas")).isFalse();
        JsonNode events = http.get("/api/games/run-3-g1/events").json();
        assertThat(events.get("count").asInt()).isEqualTo(1);
        assertThat(events.get("events").get(0).get("kind").asText()).isEqualTo("game_start");
    }

    @Test
    void badInputIsA4xxNamingTheField() {
        TestHttp.Answer missingSeq = http.post("/api/telemetry", "{\"events\":[{\"run_id\":\"r\",\"seq\":1,"
                + "\"game_id\":\"g\",\"game_loop\":1,\"kind\":\"sample\"},{\"run_id\":\"r\",\"game_id\":\"g\","
                + "\"game_loop\":1,\"kind\":\"sample\"}]}");
        TestHttp.Answer notJson = http.post("/api/telemetry", "{\"events\":[");
        TestHttp.Answer unknown = http.get("/api/nothing");
        TestHttp.Answer wrongMethod = http.method("DELETE", "/api/telemetry", null);

        assertThat(missingSeq.status()).isEqualTo(400);
        assertThat(missingSeq.json().get("field").asText()).isEqualTo("events[1].seq");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.json().get("field").asText()).isEqualTo("body");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("error").asText()).isEqualTo("not_found");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(http.get("/api/games").json().get("games")).isEmpty();
    }

    @Test
    void healthAndMetricsAnswer() {
        http.post("/api/telemetry", batch("run-4", "run-4-g1", 1, 5));

        TestHttp.Answer health = http.get("/health");
        TestHttp.Answer metrics = http.get("/metrics");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("ready").asBoolean()).isTrue();
        assertThat(metrics.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(metrics.body()).contains("telemetry_events_ingested_total 5.0")
                .contains("http_server_requests_seconds_count{method=\"POST\",route=\"/api/telemetry\"")
                .contains("hikaricp_connections");
    }
}
