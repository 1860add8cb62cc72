package io.wickedzerg.bot.strategy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.ocraft.s2client.protocol.data.UnitType;
import com.github.ocraft.s2client.protocol.data.Units;
import io.wickedzerg.bot.model.Product;
import io.wickedzerg.bot.model.ZergTech;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads and validates build orders. Every error names the file, the step (1-based) and what is
 * allowed, because the person reading it is editing JSON by hand.
 *
 * <pre>{"name": "12 pool", "steps": [{"supply": 12, "make": "spawning_pool"}, {"supply": 13, "make": "zergling", "count": 3}]}</pre>
 */
public final class BuildOrderLoader {

    /** What every game starts with; a step's target counts on top of these. */
    /** "count" is in orders: {"make": "zergling", "count": 3} is three pairs. */
    static final Map<String, Integer> START_COUNTS = Map.of("drone", 12, "overlord", 1, "hatchery", 1);
    private static final Set<String> TOP_FIELDS = Set.of("name", "description", "steps");
    private static final Set<String> STEP_FIELDS = Set.of("supply", "make", "count", "note");

    private final ZergTech tech;
    private final ObjectMapper json = new ObjectMapper();

    public BuildOrderLoader(ZergTech tech) {
        this.tech = tech;
    }

    /** Every {@code *.json} in the folder, by id (file name without extension). */
    public Map<String, BuildOrder> loadAll(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new StrategyException(folder + ": build-order folder not found");
        }
        Map<String, BuildOrder> out = new java.util.TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                BuildOrder order = load(file);
                out.put(order.id(), order);
            }
        } catch (IOException e) {
            throw new StrategyException(folder + ": cannot list build orders: " + e.getMessage(), e);
        }
        if (out.isEmpty()) {
            throw new StrategyException(folder + ": no build orders (*.json) found");
        }
        return out;
    }

    public BuildOrder load(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new StrategyException(file + ": cannot read: " + e.getMessage(), e);
        }
        String fileName = file.getFileName().toString();
        return parse(fileName.replaceFirst("\\.json$", ""), file.toString(), text);
    }

    /** Parses text as if it came from {@code where}; public for tests and for resources in the jar. */
    public BuildOrder parse(String id, String where, String text) {
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new StrategyException(where + ": not valid JSON"
                    + (loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr())
                    + ": " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new StrategyException(where + ": expected a JSON object with \"name\" and \"steps\"");
        }
        unknownFields(root, TOP_FIELDS, where);
        String name = root.path("name").asText(id);
        JsonNode steps = root.get("steps");
        if (steps == null || !steps.isArray() || steps.isEmpty()) {
            throw new StrategyException(where + ": \"steps\" must be a non-empty array");
        }
        Map<String, Integer> counts = new HashMap<>(START_COUNTS);
        Set<UnitType> available = new HashSet<>(Set.of(Units.ZERG_HATCHERY));
        List<BuildStep> parsed = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            parsed.add(step(steps.get(i), i + 1, where, counts, available));
        }
        return new BuildOrder(id, name, parsed);
    }

    private BuildStep step(JsonNode node, int number, String where, Map<String, Integer> counts,
                           Set<UnitType> available) {
        String at = where + ": step " + number;
        if (!node.isObject()) {
            throw new StrategyException(at + ": expected an object like {\"supply\": 13, \"make\": \"overlord\"}");
        }
        unknownFields(node, STEP_FIELDS, at);
        JsonNode makeNode = node.get("make");
        if (makeNode == null || !makeNode.isTextual()) {
            throw new StrategyException(at + ": \"make\" is required (text); allowed: " + String.join(", ", tech.names()));
        }
        String make = makeNode.asText();
        at = at + " (" + make + ")";
        Product product = tech.byName(make).orElse(null);
        if (product == null) {
            throw new StrategyException(at + ": unknown product '" + make + "'; allowed: "
                    + String.join(", ", tech.names()));
        }
        JsonNode supplyNode = node.get("supply");
        if (supplyNode == null || !supplyNode.canConvertToInt() || !supplyNode.isIntegralNumber()
                || supplyNode.asInt() < 1 || supplyNode.asInt() > 200) {
            throw new StrategyException(at + ": \"supply\" must be a whole number from 1 to 200");
        }
        JsonNode countNode = node.get("count");
        int count = 1;
        if (countNode != null) {
            if (!countNode.isIntegralNumber() || countNode.asInt() < 1 || countNode.asInt() > 50) {
                throw new StrategyException(at + ": \"count\" must be a whole number from 1 to 50");
            }
            count = countNode.asInt();
        }
        if (product.isUpgrade() && count != 1) {
            throw new StrategyException(at + ": an upgrade is researched once; \"count\" must be 1 or absent");
        }
        if (product.requires() != null && !available.contains(product.requires())) {
            throw new StrategyException(at + ": needs " + nameOf(product.requires())
                    + ", which no earlier step makes");
        }
        if (product.madeBy() != null && !available.contains(product.madeBy())) {
            throw new StrategyException(at + ": is made by " + nameOf(product.madeBy())
                    + ", which no earlier step makes");
        }
        if (product.isUpgrade() && counts.containsKey(make)) {
            throw new StrategyException(at + ": '" + make + "' is already researched by an earlier step");
        }
        int target = counts.getOrDefault(make, 0) + count * ZergTech.unitsPerOrder(product);
        counts.put(make, target);
        if (product.unit() != null) {
            available.add(product.unit());
        }
        return new BuildStep(number, supplyNode.asInt(), product, target);
    }

    private String nameOf(UnitType type) {
        return tech.names().stream().filter(n -> tech.byName(n).map(p -> type.equals(p.unit())).orElse(false))
                .findFirst().orElse(String.valueOf(type));
    }

    private static void unknownFields(JsonNode node, Set<String> allowed, String at) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String field = names.next();
            if (!allowed.contains(field)) {
                throw new StrategyException(at + ": unknown field \"" + field + "\"; allowed: "
                        + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
    }
}
