package io.wickedzerg.services.telemetry;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.wickedzerg.services.http.ApiError;
import io.wickedzerg.services.settings.RequestLimits;
import java.io.CharArrayWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a telemetry batch against the wire contract: {@code {"run_id","batch_id","events":[{"run_id",
 * "seq","game_id","game_loop","kind", ...fields}]}}. Every problem is a 400 (413 for too many
 * events) naming the field, e.g. {@code events[3].seq}.
 *
 * <p>One streaming pass: an event's other fields are checked and written straight into the JSON text
 * that is stored, numbers exactly as sent, with no tree in between (the ingest path's hottest code;
 * see TelemetryLoadBenchmark). A field name given twice at an event's top level is refused; inside a
 * nested object it is stored as sent.
 */
public final class TelemetryBatchParser {

    private static final int MAX_DEPTH = 8;
    private static final int MAX_NAME_CHARS = 128;

    private final JsonFactory factory;
    private final RequestLimits limits;

    public TelemetryBatchParser(JsonFactory factory, RequestLimits limits) {
        this.factory = factory;
        this.limits = limits;
    }

    public TelemetryBatch parse(byte[] body) {
        try (JsonParser p = factory.createParser(body)) {
            return batch(p);
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("body", "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw ApiError.badRequest("body", "could not be read: " + e.getMessage());
        }
    }

    private TelemetryBatch batch(JsonParser p) throws IOException {
        JsonToken first = p.nextToken();
        if (first == null) {
            throw ApiError.badRequest("body", "is empty; expected a JSON object");
        }
        if (first != JsonToken.START_OBJECT) {
            throw ApiError.badRequest("body", "must be a JSON object with run_id, batch_id and events");
        }
        String runId = null;
        String batchId = null;
        List<StoredEvent> events = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) {
                case "run_id" -> runId = value == JsonToken.VALUE_NULL ? null : Ids.required(p, "run_id");
                case "batch_id" -> batchId = value == JsonToken.VALUE_NULL ? null : Ids.required(p, "batch_id");
                case "events" -> {
                    if (value != JsonToken.START_ARRAY) {
                        throw ApiError.badRequest("events", "must be an array of events");
                    }
                    events = events(p);
                }
                default -> p.skipChildren();
            }
        }
        if (events == null) {
            throw ApiError.badRequest("events", "is required");
        }
        if (runId != null) {
            for (int i = 0; i < events.size(); i++) {
                if (!runId.equals(events.get(i).runId())) {
                    throw ApiError.badRequest("events[" + i + "].run_id", "'" + events.get(i).runId()
                            + "' differs from the batch's run_id");
                }
            }
        }
        return new TelemetryBatch(runId, batchId, List.copyOf(events));
    }

    private List<StoredEvent> events(JsonParser p) throws IOException {
        List<StoredEvent> events = new ArrayList<>();
        CharArrayWriter text = new CharArrayWriter(256);
        try (JsonGenerator fields = factory.createGenerator(text)) {
            fields.setRootValueSeparator(null);
            Ids ids = new Ids();
            SeenNames names = new SeenNames();
            JsonToken token;
            while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
                int index = events.size();
                if (index == limits.maxEventsPerBatch()) {
                    throw ApiError.tooLarge("events", "more than " + limits.maxEventsPerBatch()
                            + " events is over the limit per batch (max_events_per_batch)");
                }
                if (token != JsonToken.START_OBJECT) {
                    throw ApiError.badRequest("events[" + index + "]", "must be an object");
                }
                events.add(event(p, index, fields, text, ids, names));
            }
        }
        return events;
    }

    private StoredEvent event(JsonParser p, int index, JsonGenerator fields, CharArrayWriter text, Ids ids,
                              SeenNames names) throws IOException {
        String runId = null;
        String gameId = null;
        String kind = null;
        long seq = -1;
        long gameLoop = -1;
        Map<String, String> texts = Map.of();
        fields.writeStartObject();
        names.clear();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            if (!names.add(name)) {
                throw ApiError.badRequest(path(index, name), "is given twice");
            }
            JsonToken value = p.nextToken();
            switch (name) {
                case "run_id" -> runId = ids.check(p, index, name);
                case "game_id" -> gameId = ids.check(p, index, name);
                case "seq" -> seq = whole(p, index, name);
                case "game_loop" -> gameLoop = whole(p, index, name);
                case "kind" -> kind = Kinds.check(p, index, name);
                default -> {
                    if (name.length() > MAX_NAME_CHARS) {
                        throw ApiError.badRequest(path(index, null), "has a field name longer than "
                                + MAX_NAME_CHARS + " characters");
                    }
                    fields.writeFieldName(name);
                    copy(p, fields, new FieldPath(index, null, name, -1), 1);
                    if (value == JsonToken.VALUE_STRING) {
                        if (texts.isEmpty()) {
                            texts = new HashMap<>();
                        }
                        texts.put(name, p.getText());
                    }
                }
            }
        }
        fields.writeEndObject();
        fields.flush();
        String fieldsJson = text.toString();
        text.reset();
        requirePresent(runId, index, "run_id");
        requirePresent(gameId, index, "game_id");
        requirePresent(kind, index, "kind");
        if (seq < 0) {
            throw ApiError.badRequest(path(index, "seq"), "is required");
        }
        if (gameLoop < 0) {
            throw ApiError.badRequest(path(index, "game_loop"), "is required");
        }
        return new StoredEvent(runId, seq, gameId, gameLoop, kind, fieldsJson, texts);
    }

    /** Copies the value at the parser's current token, checking its depth and the length of its strings. */
    private void copy(JsonParser p, JsonGenerator out, FieldPath at, int depth) throws IOException {
        JsonToken token = p.currentToken();
        if (depth > MAX_DEPTH && (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY)) {
            throw ApiError.badRequest(at.toString(), "is nested deeper than " + MAX_DEPTH + " levels");
        }
        switch (token) {
            case START_OBJECT -> {
                out.writeStartObject();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    if (name.length() > MAX_NAME_CHARS) {
                        throw ApiError.badRequest(at.toString(), "has a field name longer than " + MAX_NAME_CHARS
                                + " characters");
                    }
                    out.writeFieldName(name);
                    p.nextToken();
                    copy(p, out, at.field(name), depth + 1);
                }
                out.writeEndObject();
            }
            case START_ARRAY -> {
                out.writeStartArray();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    copy(p, out, at.element(i++), depth + 1);
                }
                out.writeEndArray();
            }
            case VALUE_STRING -> {
                int length = p.getTextLength();
                if (length > limits.maxFieldChars()) {
                    throw ApiError.badRequest(at.toString(), "string of " + length + " characters is over the limit of "
                            + limits.maxFieldChars() + " (max_field_chars)");
                }
                out.writeString(p.getTextCharacters(), p.getTextOffset(), length);
            }
            // the number as written: no rounding through double, no parsing at all
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> out.writeNumber(p.getText());
            default -> out.copyCurrentEvent(p);
        }
    }

    private static long whole(JsonParser p, int index, String name) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            throw ApiError.badRequest(path(index, name), "is required");
        }
        if (token == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER
                && p.getLongValue() >= 0) {
            return p.getLongValue();
        }
        if (token == JsonToken.VALUE_NUMBER_FLOAT) {
            // 12.0 is a whole number, as JSON has no integer type
            BigDecimal value = p.getDecimalValue();
            try {
                long whole = value.longValueExact();
                if (whole >= 0) {
                    return whole;
                }
            } catch (ArithmeticException notWhole) {
                // reported below
            }
        }
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            p.skipChildren();
        }
        throw ApiError.badRequest(path(index, name), "must be a whole number >= 0");
    }

    private static void requirePresent(String value, int index, String name) {
        if (value == null) {
            throw ApiError.badRequest(path(index, name), "is required");
        }
    }

    static String path(int index, String name) {
        return "events[" + index + "]" + (name == null ? "" : "." + name);
    }

    /** Where a nested value sits, spelled out only when it is reported. */
    private record FieldPath(int event, FieldPath parent, String name, int element) {

        FieldPath field(String child) {
            return new FieldPath(event, this, child, -1);
        }

        FieldPath element(int child) {
            return new FieldPath(event, this, null, child);
        }

        @Override
        public String toString() {
            String prefix = parent == null ? path(event, null) : parent.toString();
            return name != null ? prefix + "." + name : prefix + "[" + element + "]";
        }
    }
}
