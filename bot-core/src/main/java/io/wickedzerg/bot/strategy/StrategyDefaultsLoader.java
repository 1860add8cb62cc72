package io.wickedzerg.bot.strategy;

import com.fasterxml.jackson.databind.JsonNode;
import io.wickedzerg.optimiser.ParameterSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code {"build_order": "hatch-gas-pool", "parameters": {"attack_supply": {"default": 36, "min": 12,
 * "max": 120, "integer": true}, ...}}}: every parameter the bot reads, with its default and the range the
 * optimiser may move it in ({@code integer}, default false: a whole number). Unknown, missing or inconsistent
 * parameters are errors naming the key (a person wrote this file), unlike in a learned model.
 */
public final class StrategyDefaultsLoader {

    private static final Set<String> FIELDS = Set.of("default", "min", "max", "integer");

    public StrategyDefaults load(Path file) {
        try {
            return parse(file.toString(), Files.readString(file));
        } catch (IOException e) {
            throw new StrategyException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    public StrategyDefaults parse(String where, String text) {
        JsonNode root = StrategyJson.object(where, text, "\"build_order\" and \"parameters\"");
        String buildOrder = root.path("build_order").asText("hatch-gas-pool");
        JsonNode params = root.path("parameters");
        if (!params.isObject()) {
            throw new StrategyException(where + ": parameters: expected an object with a {\"default\", \"min\", \"max\"} "
                    + "for each of: " + StrategyParameter.allowedKeys());
        }
        Map<StrategyParameter, ParameterSpec> specs = new EnumMap<>(StrategyParameter.class);
        for (Map.Entry<String, JsonNode> field : (Iterable<Map.Entry<String, JsonNode>>) params::fields) {
            StrategyParameter p = StrategyParameter.byKey(field.getKey()).orElseThrow(() -> new StrategyException(
                    where + ": parameters." + field.getKey() + ": unknown parameter; allowed: "
                            + StrategyParameter.allowedKeys()));
            specs.put(p, spec(where + ": parameters." + p.key(), p, field.getValue()));
        }
        List<String> missing = Arrays.stream(StrategyParameter.values()).filter(p -> !specs.containsKey(p))
                .map(StrategyParameter::key).toList();
        if (!missing.isEmpty()) {
            throw new StrategyException(where + ": parameters: missing " + String.join(", ", missing)
                    + " (the bot reads every one of them)");
        }
        return new StrategyDefaults(buildOrder, StrategyParameters.defaults(specs));
    }

    private static ParameterSpec spec(String at, StrategyParameter p, JsonNode node) {
        if (!node.isObject()) {
            // the format before ranges moved into this file: a bare default
            throw new StrategyException(at + ": expected {\"default\": ..., \"min\": ..., \"max\": ..., \"integer\": "
                    + "true|false}, was " + node + " (a bare number has no range)");
        }
        for (String name : (Iterable<String>) node::fieldNames) {
            if (!FIELDS.contains(name)) {
                throw new StrategyException(at + "." + name + ": unknown field; allowed: default, min, max, integer");
            }
        }
        JsonNode integer = node.path("integer");
        if (!integer.isMissingNode() && !integer.isBoolean()) {
            throw new StrategyException(at + ".integer: must be true or false");
        }
        try {
            return new ParameterSpec(p.key(), number(at, node, "default"), number(at, node, "min"),
                    number(at, node, "max"), integer.asBoolean(false));
        } catch (IllegalArgumentException e) {
            // ParameterSpec's message starts with the key, which `at` already names
            String message = e.getMessage();
            String prefix = p.key() + ": ";
            throw new StrategyException(at + ": " + (message.startsWith(prefix) ? message.substring(prefix.length()) : message));
        }
    }

    private static double number(String at, JsonNode node, String name) {
        JsonNode v = node.path(name);
        if (!v.isNumber()) {
            throw new StrategyException(at + "." + name + ": " + (v.isMissingNode() ? "missing; " : "") + "must be a number");
        }
        return v.asDouble();
    }
}
