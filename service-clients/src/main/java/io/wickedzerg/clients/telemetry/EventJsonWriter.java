package io.wickedzerg.clients.telemetry;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.lang.reflect.Array;
import java.util.Map;
import java.util.Set;

/**
 * Writes one event as the wire contract's flat JSON object. Field values are written by hand rather
 * than by data binding so that no value the game thread hands over (a NaN, an unknown type, a
 * cycle) can make the batch fail: anything unexpected becomes its string form.
 */
final class EventJsonWriter {

    private static final Set<String> RESERVED = Set.of("run_id", "seq", "game_id", "game_loop", "kind");
    private static final int MAX_DEPTH = 16;

    private EventJsonWriter() {
    }

    static void write(JsonGenerator out, String runId, SequencedEvent sequenced) throws IOException {
        TelemetryEvent event = sequenced.event();
        out.writeStartObject();
        out.writeStringField("run_id", runId);
        out.writeNumberField("seq", sequenced.seq());
        out.writeStringField("game_id", event.gameId());
        out.writeNumberField("game_loop", event.gameLoop());
        out.writeStringField("kind", event.kind());
        Map<String, Object> fields = event.fields();
        if (fields != null) {
            for (Map.Entry<String, Object> field : fields.entrySet()) {
                String name = String.valueOf(field.getKey());
                // an event field may not overwrite the identity of the event
                out.writeFieldName(RESERVED.contains(name) ? "field_" + name : name);
                writeValue(out, field.getValue(), 0);
            }
        }
        out.writeEndObject();
    }

    private static void writeValue(JsonGenerator out, Object value, int depth) throws IOException {
        if (value == null) {
            out.writeNull();
        } else if (value instanceof CharSequence text) {
            out.writeString(text.toString());
        } else if (value instanceof Boolean flag) {
            out.writeBoolean(flag);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof Byte) {
            out.writeNumber(((Number) value).longValue());
        } else if (value instanceof Number number) {
            double d = number.doubleValue();
            if (Double.isFinite(d)) {
                out.writeNumber(d);
            } else {
                out.writeString(Double.toString(d)); // JSON has no NaN or Infinity
            }
        } else if (value instanceof Enum<?> constant) {
            out.writeString(constant.name());
        } else if (depth >= MAX_DEPTH) {
            out.writeString("<nested too deep>");
        } else if (value instanceof Map<?, ?> map) {
            out.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.writeFieldName(String.valueOf(entry.getKey()));
                writeValue(out, entry.getValue(), depth + 1);
            }
            out.writeEndObject();
        } else if (value instanceof Iterable<?> items) {
            out.writeStartArray();
            for (Object item : items) {
                writeValue(out, item, depth + 1);
            }
            out.writeEndArray();
        } else if (value.getClass().isArray()) {
            out.writeStartArray();
            for (int i = 0, n = Array.getLength(value); i < n; i++) {
                writeValue(out, Array.get(value, i), depth + 1);
            }
            out.writeEndArray();
        } else {
            out.writeString(String.valueOf(value));
        }
    }
}
