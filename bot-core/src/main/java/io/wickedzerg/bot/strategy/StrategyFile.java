package io.wickedzerg.bot.strategy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.wickedzerg.bot.learning.LocalLearner;
import io.wickedzerg.clients.learning.StrategyModel;
import io.wickedzerg.optimiser.ParameterSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A parameter set to play, as a file ({@code play --strategy-file}): {@code {"version": "learn-g7-c03",
 * "parameters": {"drone_target": 61, ...}, "build_order": "roach-timing"}}. Parameters left out play their
 * default; {@code build_order} left out plays the defaults file's. Unlike a learned model (clamped into range
 * without a word), a file someone hands the bot is checked: an unknown key, a value outside its range or an
 * unknown build order stops the run with a message naming the file and the key.
 */
public final class StrategyFile {

    private static final Set<String> FIELDS = Set.of("version", "parameters", "build_order");

    private final StrategyDefaults defaults;
    private final Set<String> buildOrders;

    /** @param buildOrders the build-order ids a file may name (config/build-orders) */
    public StrategyFile(StrategyDefaults defaults, Set<String> buildOrders) {
        this.defaults = defaults;
        this.buildOrders = new TreeSet<>(buildOrders);
    }

    public StrategyModel load(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new StrategyException(file + ": no such file");
        } catch (IOException e) {
            throw new StrategyException(file + ": cannot read: " + e.getMessage(), e);
        }
        return parse(file.toString(), text);
    }

    public StrategyModel parse(String where, String text) {
        JsonNode root = StrategyJson.object(where, text, "\"version\", \"parameters\" and \"build_order\"");
        for (String name : (Iterable<String>) root::fieldNames) {
            if (!FIELDS.contains(name)) {
                throw new StrategyException(where + ": " + name + ": unknown field; allowed: version, parameters, "
                        + "build_order");
            }
        }
        JsonNode version = root.path("version");
        if (!version.isTextual() || version.asText().isBlank()) {
            throw new StrategyException(where + ": version: " + (version.isMissingNode() ? "missing; " : "")
                    + "must be a non-empty text naming this parameter set");
        }
        if (version.asText().startsWith(LocalLearner.VERSION_PREFIX)) {
            // the local learner would book the game's result on its own candidate of that name
            throw new StrategyException(where + ": version: " + version + " starts with '" + LocalLearner.VERSION_PREFIX
                    + "', which names the local learner's candidates; choose another name");
        }
        return new StrategyModel(version.asText(), parameters(where, root.path("parameters")),
                buildOrder(where, root.path("build_order")));
    }

    private Map<String, Double> parameters(String where, JsonNode node) {
        if (node.isMissingNode()) {
            return Map.of();
        }
        if (!node.isObject()) {
            throw new StrategyException(where + ": parameters: must be an object of numbers by parameter name");
        }
        Map<String, Double> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : (Iterable<Map.Entry<String, JsonNode>>) node::fields) {
            String at = where + ": parameters." + field.getKey();
            ParameterSpec spec = defaults.parameters().specs().stream().filter(s -> s.key().equals(field.getKey()))
                    .findFirst().orElseThrow(() -> new StrategyException(at + ": unknown parameter; allowed: "
                            + StrategyParameter.allowedKeys()));
            JsonNode v = field.getValue();
            if (!v.isNumber()) {
                throw new StrategyException(at + ": must be a number, was " + v);
            }
            if (!spec.contains(v.asDouble())) {
                throw new StrategyException(at + ": " + v + " is outside " + spec.min() + " .. " + spec.max()
                        + (spec.integer() ? " or not a whole number" : ""));
            }
            values.put(spec.key(), v.asDouble());
        }
        return values;
    }

    private String buildOrder(String where, JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (!node.isTextual() || !buildOrders.contains(node.asText())) {
            throw new StrategyException(where + ": build_order: " + node + " is not one of " + String.join(", ", buildOrders));
        }
        return node.asText();
    }

    /** Writes {@code model} in this format (what {@link #load} reads back). */
    public static void write(Path file, StrategyModel model) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("version", model.version());
        root.put("parameters", model.parameters());
        model.chosenBuildOrder().ifPresent(b -> root.put("build_order", b));
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), root);
    }
}
