package io.wickedzerg.services.learning;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wickedzerg.optimiser.ParameterSpace;
import io.wickedzerg.optimiser.ParameterSpec;
import io.wickedzerg.services.settings.BadSettingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The space the learning service searches, from the same files the bot reads: {@code strategy-defaults.json}
 * (each parameter's default, range and whether it is whole) and the ids of {@code build-orders/*.json} (file
 * names, sorted, as the bot names them). The bot checks these files in depth when it starts; here a file that
 * cannot give a space stops the service with one line naming the file and the key.
 */
final class StrategySpaceFiles {

    private final ObjectMapper json = new ObjectMapper();

    ParameterSpace read(Path configDir) {
        Path defaults = configDir.resolve("strategy-defaults.json");
        JsonNode root = readJson(defaults);
        List<ParameterSpec> parameters = new ArrayList<>();
        JsonNode specs = root.path("parameters");
        if (!specs.isObject() || specs.isEmpty()) {
            throw bad(defaults, "parameters: expected an object of {\"default\", \"min\", \"max\"} per parameter");
        }
        for (Map.Entry<String, JsonNode> p : (Iterable<Map.Entry<String, JsonNode>>) specs::fields) {
            parameters.add(spec(defaults, p.getKey(), p.getValue()));
        }
        List<String> buildOrders = buildOrderIds(configDir.resolve("build-orders"));
        JsonNode defaultOrder = root.path("build_order");
        if (!defaultOrder.isTextual()) {
            throw bad(defaults, "build_order: expected the id of one of " + buildOrders);
        }
        try {
            return new ParameterSpace(parameters, buildOrders, defaultOrder.textValue());
        } catch (IllegalArgumentException e) {
            throw bad(defaults, e.getMessage());
        }
    }

    private JsonNode readJson(Path file) {
        try {
            JsonNode root = json.readTree(Files.readAllBytes(file));
            if (root == null || !root.isObject()) {
                throw bad(file, "expected an object with \"build_order\" and \"parameters\"");
            }
            return root;
        } catch (IOException e) {
            throw bad(file, "cannot be read: " + e.getMessage());
        }
    }

    private static ParameterSpec spec(Path file, String key, JsonNode node) {
        String at = "parameters." + key;
        for (String field : List.of("default", "min", "max")) {
            if (!node.path(field).isNumber()) {
                throw bad(file, at + "." + field + ": must be a number");
            }
        }
        try {
            return new ParameterSpec(key, node.get("default").asDouble(), node.get("min").asDouble(),
                    node.get("max").asDouble(), node.path("integer").asBoolean(false));
        } catch (IllegalArgumentException e) {
            // ParameterSpec's message starts with the key, which `at` names already
            String message = e.getMessage();
            throw bad(file, at + ": " + (message.startsWith(key + ": ") ? message.substring(key.length() + 2) : message));
        }
    }

    private static List<String> buildOrderIds(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            List<String> ids = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - ".json".length())).sorted().toList();
            if (ids.isEmpty()) {
                throw bad(folder, "no build orders (*.json)");
            }
            return ids;
        } catch (IOException e) {
            throw bad(folder, "cannot be listed: " + e.getMessage());
        }
    }

    private static BadSettingException bad(Path file, String problem) {
        return new BadSettingException("learning_config_dir: " + file + ": " + problem);
    }
}
