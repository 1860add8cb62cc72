package io.wickedzerg.services.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wickedzerg.services.http.ApiError;
import io.wickedzerg.services.settings.RequestLimits;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TelemetryBatchParserTest {

    private final ObjectMapper json = new ObjectMapper();
    private final TelemetryBatchParser parser = new TelemetryBatchParser(json.getFactory(),
            new RequestLimits(1 << 20, 1 << 22, 3, 20));

    @Test
    void anEventKeepsEveryOtherFieldAsSentAndItsTopLevelStrings() throws Exception {
        String fields = "{\"minerals\":50,\"rate\":-1.25,\"big\":123456789012345678901234567890,\"ok\":true,"
                + "\"none\":null,\"map\":\"Ünïcode \\\"Ridge\\\"\",\"army\":{\"units\":[1,{\"a\":[\"x\",[]]}],\"e\":{}}}";
        TelemetryBatch batch = parser.parse(body("{\"run_id\":\"r1\",\"batch_id\":\"b-1\",\"events\":["
                + event("r1", 7, "g.1", 42, "sample", fields.substring(1, fields.length() - 1)) + "]}"));

        assertThat(batch.runId()).isEqualTo("r1");
        assertThat(batch.batchId()).isEqualTo("b-1");
        StoredEvent event = batch.events().get(0);
        assertThat(event).extracting(StoredEvent::runId, StoredEvent::seq, StoredEvent::gameId, StoredEvent::gameLoop,
                StoredEvent::kind).containsExactly("r1", 7L, "g.1", 42L, "sample");
        assertThat(json.readTree(event.fieldsJson())).isEqualTo(json.readTree(fields));
        assertThat(event.texts()).isEqualTo(Map.of("map", "Ünïcode \"Ridge\""));
    }

    @Test
    void eventsOfOneBatchDoNotShareFieldsAndTheRunIdMayComeLast() throws Exception {
        TelemetryBatch batch = parser.parse(body("{\"events\":[" + event("r1", 1, "g1", 1, "sample", "\"a\":1")
                + "," + event("r1", 2, "g2", 2, "game_end", "\"result\":\"victory\"") + "],\"run_id\":\"r1\"}"));

        assertThat(batch.events()).extracting(StoredEvent::fieldsJson).containsExactly("{\"a\":1}",
                "{\"result\":\"victory\"}");
        assertThat(batch.events()).extracting(StoredEvent::gameId).containsExactly("g1", "g2");
        assertThat(refusal("{\"events\":[" + event("r2", 1, "g1", 1, "sample", "\"a\":1") + "],\"run_id\":\"r1\"}"))
                .extracting(ApiError::field).isEqualTo("events[0].run_id");
    }

    @Test
    void aWholeNumberMayBeWrittenWithAFractionOfZero() {
        assertThat(parser.parse(body("{\"events\":[" + event("r", "5.0", "g", "0", "sample", "\"a\":1") + "]}"))
                .events().get(0).seq()).isEqualTo(5);
    }

    @Test
    void everyProblemNamesItsFieldAndNothingIsHalfParsed() {
        assertRefused("", 400, "body");
        assertRefused("[1]", 400, "body");
        assertRefused("{\"events\":[{\"run_id\":\"r\"", 400, "body");
        assertRefused("{\"run_id\":\"r\"}", 400, "events");
        assertRefused("{\"events\":{}}", 400, "events");
        assertRefused("{\"events\":[1]}", 400, "events[0]");
        assertRefused("{\"run_id\":\" r\",\"events\":[]}", 400, "run_id");
        for (String bad : new String[] {"5.5", "-1", "\"5\"", "null", "[1]", "{\"a\":1}", "1e30",
                "123456789012345678901234567890"}) {
            assertRefused("{\"events\":[" + event("r", bad, "g", "1", "sample", "\"a\":1") + "]}", 400, "events[0].seq");
        }
        assertRefused("{\"events\":[" + event("r", "1", "g", "1", "Sample", "\"a\":1") + "]}", 400, "events[0].kind");
        assertRefused("{\"events\":[{\"run_id\":\"r\",\"game_id\":\"g\",\"game_loop\":1,\"kind\":\"k\"}]}", 400,
                "events[0].seq");
        assertRefused("{\"events\":[" + event("r", "1", "g", "1", "sample", "\"a\":1,\"a\":2") + "]}", 400,
                "events[0].a");
        assertRefused("{\"events\":[" + event("r", "1", "g", "1", "sample", "\"seq\":2") + "]}", 400,
                "events[0].seq");
    }

    @Test
    void limitsNameTheNestedFieldThatBreaksThem() {
        assertRefused("{\"events\":[" + event("r", "1", "g", "1", "sample", "\"a\":{\"b\":[1,2,\"123456789012345678901\"]}")
                + "]}", 400, "events[0].a.b[2]");
        String deep = "{\"x\":".repeat(8) + "1" + "}".repeat(8);
        parser.parse(body("{\"events\":[" + event("r", "1", "g", "1", "sample", "\"a\":" + deep) + "]}"));
        String tooDeep = "[" + deep + "]";
        assertRefused("{\"events\":[" + event("r", "1", "g", "1", "sample", "\"a\":" + tooDeep) + "]}", 400,
                "events[0].a[0].x.x.x.x.x.x.x");
        String longName = "n".repeat(129);
        assertRefused("{\"events\":[" + event("r", "1", "g", "1", "sample", "\"" + longName + "\":1") + "]}", 400,
                "events[0]");
        String four = String.join(",", event("r", "1", "g", "1", "s", "\"a\":1"), event("r", "2", "g", "1", "s", ""),
                event("r", "3", "g", "1", "s", ""), event("r", "4", "g", "1", "s", ""));
        assertRefused("{\"events\":[" + four + "]}", 413, "events");
    }

    @Test
    void theStoredFieldsAreAJsonObjectEvenWhenThereAreNone() throws Exception {
        StoredEvent event = parser.parse(body("{\"events\":[" + event("r", "1", "g", "1", "sample", "") + "]}"))
                .events().get(0);
        JsonNode fields = json.readTree(event.fieldsJson());
        assertThat(fields).isInstanceOf(ObjectNode.class).isEmpty();
    }

    private void assertRefused(String body, int status, String field) {
        ApiError error = refusal(body);
        assertThat(error).as(body).isNotNull();
        assertThat(error.status()).as(body).isEqualTo(status);
        assertThat(error.field()).as(body).isEqualTo(field);
        assertThat(error.problem()).as(body).isNotBlank();
    }

    private ApiError refusal(String body) {
        return catchThrowableOfType(() -> parser.parse(body(body)), ApiError.class);
    }

    private static String event(String run, long seq, String game, long loop, String kind, String fields) {
        return event(run, Long.toString(seq), game, Long.toString(loop), kind, fields);
    }

    private static String event(String run, String seq, String game, String loop, String kind, String fields) {
        return "{\"run_id\":\"" + run + "\",\"seq\":" + seq + ",\"game_id\":\"" + game + "\",\"game_loop\":" + loop
                + ",\"kind\":\"" + kind + "\"" + (fields.isEmpty() ? "" : "," + fields) + "}";
    }

    private static byte[] body(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
