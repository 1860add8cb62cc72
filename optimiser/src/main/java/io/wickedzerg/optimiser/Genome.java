package io.wickedzerg.optimiser;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a candidate plays: a value for every strategy parameter (in the space's order) and a build order.
 */
public record Genome(Map<String, Double> parameters, String buildOrder) {

    public Genome {
        Objects.requireNonNull(buildOrder, "buildOrder");
        // insertion order kept (not Map.copyOf) so the state's JSON lists parameters as the config file does
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    public double value(String key) {
        Double v = parameters.get(key);
        if (v == null) {
            throw new IllegalArgumentException("no parameter " + key + " in " + parameters.keySet());
        }
        return v;
    }

    /** Parameters whose values differ from {@code other}'s (a key only one of them has counts too); not the build order. */
    public int parametersChangedFrom(Genome other) {
        int changed = 0;
        for (Map.Entry<String, Double> e : parameters.entrySet()) {
            if (!e.getValue().equals(other.parameters.get(e.getKey()))) {
                changed++;
            }
        }
        for (String key : other.parameters.keySet()) {
            if (!parameters.containsKey(key)) {
                changed++;
            }
        }
        return changed;
    }
}
