package io.wickedzerg.clients.learning;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** The learning service's JSON: a game result out, a strategy model in (snake_case on the wire). */
final class TrainingJson {

    private final ObjectMapper mapper = new ObjectMapper();

    byte[] result(GameResult result, String instanceId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("run_id", result.runId());
        body.put("game_id", result.gameId());
        body.put("instance_id", instanceId);
        body.put("game_result", result.gameResult());
        body.put("game_time", result.gameTime());
        body.put("build_order_score", result.buildOrderScore());
        body.put("loss_reason", result.lossReason() == null ? "" : result.lossReason());
        body.put("parameters_updated", result.parametersUpdated());
        body.put("parameters", result.parameters() == null ? Map.of() : new TreeMap<>(result.parameters()));
        body.put("model_version", result.modelVersion());
        body.put("opponent", result.opponent());
        body.put("map", result.map());
        // null when unknown: the service takes null for each of them
        body.put("build_order", result.buildOrder());
        body.put("opponent_race", result.opponentRace());
        body.put("opponent_difficulty", result.opponentDifficulty());
        body.put("opponent_id", LearningEndpoints.wireOpponentId(result.opponentId()).orElse(null));
        body.put("killed_value", result.killedValue());
        body.put("lost_value", result.lostValue());
        try {
            return mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("game result cannot be written as JSON: " + e.getMessage(), e);
        }
    }

    /**
     * {@code {"version": "...", "parameters": {"name": number}, "build_order": "..."}} ({@code build_order} optional);
     * the ETag, when present, names the version.
     */
    StrategyModel model(byte[] body, String etag) throws IOException {
        JsonNode root = mapper.readTree(body);
        if (root == null || !root.isObject()) {
            throw new IOException("model: expected a JSON object");
        }
        JsonNode params = root.path("parameters");
        if (!params.isObject()) {
            throw new IOException("model: field 'parameters' must be an object of numbers");
        }
        Map<String, Double> parameters = new TreeMap<>();
        for (Map.Entry<String, JsonNode> p : (Iterable<Map.Entry<String, JsonNode>>) params::fields) {
            if (!p.getValue().isNumber()) {
                throw new IOException("model: parameter '" + p.getKey() + "' must be a number, was "
                        + p.getValue().getNodeType());
            }
            parameters.put(p.getKey(), p.getValue().asDouble());
        }
        String version = etag != null ? unquote(etag) : root.path("version").asText("");
        if (version.isEmpty()) {
            throw new IOException("model: no version (neither an ETag nor a 'version' field)");
        }
        JsonNode buildOrder = root.path("build_order");
        if (!buildOrder.isMissingNode() && !buildOrder.isNull() && !buildOrder.isTextual()) {
            throw new IOException("model: field 'build_order' must be a build order id, was " + buildOrder.getNodeType());
        }
        return new StrategyModel(version, Map.copyOf(parameters), buildOrder.isTextual() ? buildOrder.asText() : null);
    }

    byte[] model(StrategyModel model) throws JsonProcessingException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", model.version());
        body.put("parameters", new TreeMap<>(model.parameters()));
        model.chosenBuildOrder().ifPresent(order -> body.put("build_order", order));
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(body);
    }

    static String unquote(String etag) {
        String tag = etag.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        return tag;
    }
}
