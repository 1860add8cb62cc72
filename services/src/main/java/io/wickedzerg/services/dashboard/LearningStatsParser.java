package io.wickedzerg.services.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import io.wickedzerg.services.dashboard.LearningStats.Candidate;
import io.wickedzerg.services.dashboard.LearningStats.Current;
import io.wickedzerg.services.dashboard.LearningStats.EnvironmentChange;
import io.wickedzerg.services.dashboard.LearningStats.Generation;
import io.wickedzerg.services.dashboard.LearningStats.Tier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Reads the learning service's {@code GET /api/stats}:
 * <pre>{@code
 * {"generations":[{"generation":1,"games":20,"wins":9,"win_rate":0.45,"mean_fitness":0.71,"best_fitness":1.2}],
 *  "current":{"generation":2,"candidates":[{"id":"g2-c01","tier":"elite","games":2,"mean_fitness":1.1}]},
 *  "environment_changes":[{"generation":5,"time":"2026-01-01T10:00:00Z","baseline":0.8,"recent":0.6}]}
 * }</pre>
 * Fields it does not know are ignored, so the learning service may send more. A field it needs but
 * cannot read is an {@link IllegalArgumentException} naming the field, e.g.
 * {@code generations[2].win_rate: must be a number or null}.
 */
public final class LearningStatsParser {

    private final JsonReader json;

    public LearningStatsParser(JsonReader json) {
        this.json = json;
    }

    public LearningStats parse(String body) {
        JsonNode root = json.read(body);
        if (!root.isObject()) {
            throw new IllegalArgumentException("must be a JSON object with generations, current and environment_changes");
        }
        List<Generation> generations = list(root, "generations", "generations", this::generation);
        JsonNode current = root.get("current");
        Optional<Current> now = current == null || current.isNull() ? Optional.empty()
                : Optional.of(current(object(current, "current")));
        List<EnvironmentChange> changes = list(root, "environment_changes", "environment_changes", this::change);
        return new LearningStats(generations, now, changes);
    }

    private Generation generation(JsonNode node, String path) {
        return new Generation(whole(node, path, "generation"), whole(node, path, "games"), whole(node, path, "wins"),
                number(node, path, "win_rate"), number(node, path, "mean_fitness"), number(node, path, "best_fitness"));
    }

    private Current current(JsonNode node) {
        return new Current(whole(node, "current", "generation"), list(node, "current", "candidates", this::candidate));
    }

    private Candidate candidate(JsonNode node, String path) {
        return new Candidate(text(node, path, "id"), tier(node, path), whole(node, path, "games"),
                number(node, path, "mean_fitness"));
    }

    private EnvironmentChange change(JsonNode node, String path) {
        int generation = whole(node, path, "generation");
        String time = text(node, path, "time");
        Double baseline = number(node, path, "baseline");
        Double recent = number(node, path, "recent");
        if (baseline == null || recent == null) {
            throw new IllegalArgumentException(path + ": needs baseline and recent as numbers");
        }
        return new EnvironmentChange(generation, time, baseline, recent);
    }

    private static <T> List<T> list(JsonNode parent, String parentPath, String field,
                                    BiFunction<JsonNode, String, T> item) {
        JsonNode node = parent.get(field);
        String path = parentPath.equals(field) ? field : parentPath + "." + field;
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new IllegalArgumentException(path + ": must be an array");
        }
        List<T> items = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String itemPath = path + "[" + i + "]";
            items.add(item.apply(object(node.get(i), itemPath), itemPath));
        }
        return items;
    }

    private static JsonNode object(JsonNode node, String path) {
        if (!node.isObject()) {
            throw new IllegalArgumentException(path + ": must be an object");
        }
        return node;
    }

    private static int whole(JsonNode node, String path, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.canConvertToInt() || !value.isIntegralNumber()) {
            throw new IllegalArgumentException(path + "." + field + ": must be a whole number");
        }
        return value.intValue();
    }

    private static Double number(JsonNode node, String path, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            throw new IllegalArgumentException(path + "." + field + ": must be a number or null");
        }
        return value.doubleValue();
    }

    private static String text(JsonNode node, String path, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException(path + "." + field + ": must be a string");
        }
        return value.textValue();
    }

    private static Tier tier(JsonNode node, String path) {
        JsonNode value = node.get("tier");
        if (value == null || value.isNull()) {
            return Tier.UNRANKED;
        }
        String text = value.isTextual() ? value.textValue().toUpperCase(Locale.ROOT) : "";
        for (Tier tier : Tier.values()) {
            if (tier.name().equals(text)) {
                return tier;
            }
        }
        throw new IllegalArgumentException(path + ".tier: '" + value.asText()
                + "' is not a tier; allowed: elite, significant, deprecated, unranked or null");
    }
}
