package io.wickedzerg.bot.strategy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads {@code {"build_order": "hatch-gas-pool", "parameters": {"attack_supply": 36, ...}}}. Unknown
 * or out-of-range parameters are errors here (a person wrote this file), unlike in a learned model.
 */
public final class StrategyDefaultsLoader {

    private final ObjectMapper json = new ObjectMapper();

    public StrategyDefaults load(Path file) {
        try {
            return parse(file.toString(), Files.readString(file));
        } catch (IOException e) {
            throw new StrategyException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    public StrategyDefaults parse(String where, String text) {
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new StrategyException(where + ": not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new StrategyException(where + ": expected an object with \"build_order\" and \"parameters\"");
        }
        String buildOrder = root.path("build_order").asText("hatch-gas-pool");
        Map<String, Double> values = new LinkedHashMap<>();
        JsonNode params = root.path("parameters");
        Iterator<Map.Entry<String, JsonNode>> fields = params.fields();
        while (fields.hasNext()) {
            var field = fields.next();
            StrategyParameter p = StrategyParameter.byKey(field.getKey()).orElseThrow(() -> new StrategyException(
                    where + ": parameters." + field.getKey() + ": unknown parameter; allowed: "
                            + StrategyParameter.allowedKeys()));
            if (!field.getValue().isNumber()) {
                throw new StrategyException(where + ": parameters." + field.getKey() + ": must be a number");
            }
            double v = field.getValue().asDouble();
            if (v < p.min() || v > p.max()) {
                throw new StrategyException(where + ": parameters." + field.getKey() + ": " + v
                        + " is outside " + p.min() + " .. " + p.max());
            }
            values.put(p.key(), v);
        }
        return new StrategyDefaults(buildOrder, StrategyParameters.from(values, "defaults"));
    }
}
