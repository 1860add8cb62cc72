package io.wickedzerg.services.learning;

import io.wickedzerg.services.http.WireIds;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wickedzerg.optimiser.Result;
import io.wickedzerg.services.http.ApiError;
import io.wickedzerg.services.http.JsonBodies;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks a {@code POST /api/training} body field by field; the first field at fault is named in a 400 with what
 * it allows. Fields it does not know are ignored, so a newer bot may send more.
 */
final class TrainingParser {

    static final Pattern ID = WireIds.ID;
    private static final String ID_RULE = "1-128 of A-Z a-z 0-9 . _ : -, starting with a letter or digit";
    private static final Pattern PARAMETER = Pattern.compile("[A-Za-z0-9_]{1,64}");
    private static final Pattern BUILD_ORDER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final int MAX_PARAMETERS = 256;
    private static final int MAX_VERSION_CHARS = 300;
    /** Longer than any game: the ladder calls a tie after 60,486 loops (45 minutes), the headless server after 80,640. */
    private static final double MAX_GAME_SECONDS = 86_400;
    static final List<String> RACES = List.of("Terran", "Zerg", "Protoss", "Random");
    static final List<String> DIFFICULTIES = List.of("VeryEasy", "Easy", "Medium", "MediumHard", "Hard", "Harder",
            "VeryHard", "CheatVision", "CheatMoney", "CheatInsane");

    private final ObjectMapper json;
    private final int maxFieldChars;

    TrainingParser(ObjectMapper json, int maxFieldChars) {
        this.json = json;
        this.maxFieldChars = maxFieldChars;
    }

    TrainingResult parse(byte[] body) {
        JsonNode root = JsonBodies.object(json, body, "run_id, game_id, game_result, game_time,"
                + " build_order_score, loss_reason, parameters_updated, parameters and model_version");
        return new TrainingResult(id(root, "run_id", true), id(root, "game_id", true), id(root, "instance_id", false),
                result(root), number(root, "game_time", 0, MAX_GAME_SECONDS, true),
                number(root, "build_order_score", 0, 1, true), text(root, "loss_reason", true),
                parametersUpdated(root), parameters(root), version(root), buildOrder(root),
                new TrainingResult.Opponent(text(root, "opponent", false),
                        oneOf(root, "opponent_race", RACES), oneOf(root, "opponent_difficulty", DIFFICULTIES),
                        id(root, "opponent_id", false)),
                text(root, "map", false), number(root, "killed_value", 0, Double.MAX_VALUE, false),
                number(root, "lost_value", 0, Double.MAX_VALUE, false));
    }

    /** The field, or null when it is absent or null and not required. */
    private static JsonNode field(JsonNode root, String name, boolean required) {
        JsonNode node = root.get(name);
        if (node == null || node.isNull()) {
            if (required) {
                throw ApiError.badRequest(name, "is required");
            }
            return null;
        }
        return node;
    }

    private static String id(JsonNode root, String name, boolean required) {
        JsonNode node = field(root, name, required);
        if (node == null) {
            return null;
        }
        if (!node.isTextual() || !ID.matcher(node.textValue()).matches()) {
            throw ApiError.badRequest(name, "must be a string of " + ID_RULE);
        }
        return node.textValue();
    }

    private static Result result(JsonNode root) {
        JsonNode node = field(root, "game_result", true);
        try {
            if (node.isTextual()) {
                return Result.parse(node.textValue());
            }
        } catch (IllegalArgumentException e) {
            // reported below with what is allowed
        }
        throw ApiError.badRequest("game_result", "must be one of Victory, Defeat, Tie, Undecided");
    }

    private static Double number(JsonNode root, String name, double min, double max, boolean required) {
        JsonNode node = field(root, name, required);
        if (node == null) {
            return null;
        }
        double value = node.isNumber() ? node.doubleValue() : Double.NaN;
        if (!(value >= min && value <= max)) {
            throw ApiError.badRequest(name, "must be a number " + (max == Double.MAX_VALUE ? ">= " + fmt(min)
                    : "from " + fmt(min) + " to " + fmt(max)) + (required ? "" : ", or null when unknown"));
        }
        return value;
    }

    private String text(JsonNode root, String name, boolean required) {
        JsonNode node = field(root, name, required);
        if (node == null) {
            return null;
        }
        if (!node.isTextual()) {
            throw ApiError.badRequest(name, "must be a string" + (name.equals("loss_reason") ? " (empty when the game"
                    + " was not lost)" : ""));
        }
        if (node.textValue().length() > maxFieldChars) {
            throw ApiError.badRequest(name, "is over the limit of " + maxFieldChars + " characters (max_field_chars)");
        }
        return node.textValue();
    }

    private static int parametersUpdated(JsonNode root) {
        JsonNode node = field(root, "parameters_updated", true);
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < 0) {
            throw ApiError.badRequest("parameters_updated", "must be a whole number >= 0");
        }
        return node.intValue();
    }

    private static Map<String, Double> parameters(JsonNode root) {
        JsonNode node = field(root, "parameters", true);
        if (!node.isObject()) {
            throw ApiError.badRequest("parameters", "must be an object of parameter names to numbers");
        }
        if (node.size() > MAX_PARAMETERS) {
            throw ApiError.badRequest("parameters", "has more than " + MAX_PARAMETERS + " entries");
        }
        Map<String, Double> parameters = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> p : (Iterable<Map.Entry<String, JsonNode>>) node::fields) {
            if (!PARAMETER.matcher(p.getKey()).matches()) {
                throw ApiError.badRequest("parameters", "'" + clip(p.getKey()) + "' is not a parameter name (1-64 of"
                        + " A-Z a-z 0-9 _)");
            }
            JsonNode value = p.getValue();
            if (!value.isNumber() || !Double.isFinite(value.doubleValue())) {
                throw ApiError.badRequest("parameters." + p.getKey(), "must be a number");
            }
            parameters.put(p.getKey(), value.doubleValue());
        }
        return parameters;
    }

    private static String version(JsonNode root) {
        JsonNode node = field(root, "model_version", true);
        if (!node.isTextual() || node.textValue().isEmpty() || node.textValue().length() > MAX_VERSION_CHARS
                || node.textValue().chars().anyMatch(c -> c < 0x21 || c == 0x7f)) {
            throw ApiError.badRequest("model_version", "must be a string of 1-" + MAX_VERSION_CHARS
                    + " printable characters without spaces (the version of the model the game played)");
        }
        return node.textValue();
    }

    private static String buildOrder(JsonNode root) {
        JsonNode node = field(root, "build_order", false);
        if (node == null) {
            return null;
        }
        if (!node.isTextual() || !BUILD_ORDER.matcher(node.textValue()).matches()) {
            throw ApiError.badRequest("build_order", "must be a build order id: 1-64 of A-Z a-z 0-9 . _ -, starting"
                    + " with a letter or digit");
        }
        return node.textValue();
    }

    /** One of {@code allowed} (any case), as spelled there; null when absent. */
    private static String oneOf(JsonNode root, String name, List<String> allowed) {
        JsonNode node = field(root, name, false);
        if (node == null) {
            return null;
        }
        String text = node.isTextual() ? node.textValue().toLowerCase(Locale.ROOT).replace("_", "") : "";
        return allowed.stream().filter(a -> a.toLowerCase(Locale.ROOT).equals(text)).findFirst()
                .orElseThrow(() -> ApiError.badRequest(name, "must be one of " + String.join(", ", allowed)
                        + ", or null when unknown"));
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    private static String clip(String text) {
        return text.length() > 64 ? text.substring(0, 64) + "…" : text;
    }
}
