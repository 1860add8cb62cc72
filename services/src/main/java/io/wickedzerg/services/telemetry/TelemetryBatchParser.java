package io.wickedzerg.services.telemetry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wickedzerg.services.http.ApiError;
import io.wickedzerg.services.settings.RequestLimits;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks a telemetry batch against the wire contract: {@code {"run_id","batch_id","events":[{"run_id",
 * "seq","game_id","game_loop","kind", ...fields}]}}. Every problem is a 400 (413 for too many
 * events) naming the field, e.g. {@code events[3].seq}.
 */
public final class TelemetryBatchParser {

    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");
    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    private final ObjectMapper mapper;
    private final RequestLimits limits;

    public TelemetryBatchParser(ObjectMapper mapper, RequestLimits limits) {
        this.mapper = mapper;
        this.limits = limits;
    }

    public TelemetryBatch parse(byte[] body) {
        JsonNode root = json(body);
        if (!root.isObject()) {
            throw ApiError.badRequest("body", "must be a JSON object with run_id, batch_id and events");
        }
        String runId = optionalId(root, "run_id", "run_id");
        String batchId = optionalId(root, "batch_id", "batch_id");
        JsonNode events = root.get("events");
        if (events == null || !events.isArray()) {
            throw ApiError.badRequest("events", events == null ? "is required" : "must be an array of events");
        }
        if (events.size() > limits.maxEventsPerBatch()) {
            throw ApiError.tooLarge("events", events.size() + " events is over the limit of "
                    + limits.maxEventsPerBatch() + " per batch (max_events_per_batch)");
        }
        List<StoredEvent> parsed = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            parsed.add(event(events.get(i), "events[" + i + "]", runId));
        }
        return new TelemetryBatch(runId, batchId, List.copyOf(parsed));
    }

    private JsonNode json(byte[] body) {
        try {
            JsonNode root = mapper.readTree(body);
            if (root == null || root.isMissingNode()) {
                throw ApiError.badRequest("body", "is empty; expected a JSON object");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("body", "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw ApiError.badRequest("body", "could not be read: " + e.getMessage());
        }
    }

    private StoredEvent event(JsonNode node, String path, String batchRunId) {
        if (!node.isObject()) {
            throw ApiError.badRequest(path, "must be an object");
        }
        ObjectNode copy = ((ObjectNode) node).deepCopy();
        String runId = requiredId(copy.remove("run_id"), path + ".run_id");
        if (batchRunId != null && !batchRunId.equals(runId)) {
            throw ApiError.badRequest(path + ".run_id", "'" + runId + "' differs from the batch's run_id");
        }
        long seq = whole(copy.remove("seq"), path + ".seq");
        String gameId = requiredId(copy.remove("game_id"), path + ".game_id");
        long gameLoop = whole(copy.remove("game_loop"), path + ".game_loop");
        JsonNode kindNode = copy.remove("kind");
        if (kindNode == null || !kindNode.isTextual() || !KIND.matcher(kindNode.textValue()).matches()) {
            throw ApiError.badRequest(path + ".kind", kindNode == null ? "is required"
                    : "must be a lower-case name like sample or unit_lost (a-z, 0-9, _; at most 64)");
        }
        checkStrings(copy, path, 0);
        return new StoredEvent(runId, seq, gameId, gameLoop, kindNode.textValue(), copy);
    }

    private void checkStrings(JsonNode node, String path, int depth) {
        if (depth > 8) {
            throw ApiError.badRequest(path, "is nested deeper than 8 levels");
        }
        if (node.isTextual() && node.textValue().length() > limits.maxFieldChars()) {
            throw ApiError.badRequest(path, "string of " + node.textValue().length() + " characters is over the limit of "
                    + limits.maxFieldChars() + " (max_field_chars)");
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getKey().length() > 128) {
                    throw ApiError.badRequest(path, "has a field name longer than 128 characters");
                }
                checkStrings(field.getValue(), path + "." + field.getKey(), depth + 1);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkStrings(node.get(i), path + "[" + i + "]", depth + 1);
            }
        }
    }

    private static String optionalId(JsonNode root, String key, String path) {
        JsonNode node = root.get(key);
        return node == null || node.isNull() ? null : requiredId(node, path);
    }

    private static String requiredId(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            throw ApiError.badRequest(path, "is required");
        }
        if (!node.isTextual() || !ID.matcher(node.textValue()).matches()) {
            throw ApiError.badRequest(path, "must be a string of 1-128 of A-Z a-z 0-9 . _ : -, starting with a letter "
                    + "or digit");
        }
        return node.textValue();
    }

    private static long whole(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            throw ApiError.badRequest(path, "is required");
        }
        if (!node.canConvertToExactIntegral() || !node.canConvertToLong() || node.asLong() < 0 || node.isTextual()) {
            throw ApiError.badRequest(path, "must be a whole number >= 0");
        }
        return node.asLong();
    }
}
