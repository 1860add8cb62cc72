package io.wickedzerg.optimiser;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the optimiser searches: every strategy parameter with its range, and the build orders it may pick
 * (a categorical gene). The defaults are where a population seeded from defaults starts, and what
 * {@link OptimiserState#best()} answers before any candidate is scored.
 */
public record ParameterSpace(List<ParameterSpec> parameters, List<String> buildOrders, String defaultBuildOrder) {

    public ParameterSpace {
        parameters = List.copyOf(parameters);
        buildOrders = List.copyOf(buildOrders);
        Set<String> keys = new HashSet<>();
        for (ParameterSpec p : parameters) {
            if (!keys.add(p.key())) {
                throw new IllegalArgumentException("parameter " + p.key() + " is listed twice");
            }
        }
        if (buildOrders.isEmpty()) {
            throw new IllegalArgumentException("at least one build order is needed");
        }
        if (new HashSet<>(buildOrders).size() != buildOrders.size()) {
            throw new IllegalArgumentException("a build order is listed twice: " + buildOrders);
        }
        Objects.requireNonNull(defaultBuildOrder, "defaultBuildOrder");
        if (!buildOrders.contains(defaultBuildOrder)) {
            throw new IllegalArgumentException("default build order " + defaultBuildOrder + " is not one of " + buildOrders);
        }
    }

    public Genome defaults() {
        Map<String, Double> values = new LinkedHashMap<>();
        for (ParameterSpec p : parameters) {
            values.put(p.key(), p.defaultValue());
        }
        return new Genome(values, defaultBuildOrder);
    }

    public Optional<ParameterSpec> spec(String key) {
        return parameters.stream().filter(p -> p.key().equals(key)).findFirst();
    }

    /**
     * Throws, naming the key, unless {@code genome} has exactly this space's parameters, each inside its range,
     * and one of its build orders: a state read from a file or a database is checked against its space.
     */
    public void check(Genome genome, String where) {
        if (!genome.parameters().keySet().equals(keys())) {
            throw new IllegalArgumentException(where + ": parameters " + genome.parameters().keySet()
                    + " are not the space's " + keys());
        }
        for (ParameterSpec p : parameters) {
            double v = genome.value(p.key());
            if (!p.contains(v)) {
                throw new IllegalArgumentException(where + ": " + p.key() + " = " + v + " is outside " + p.min() + " .. "
                        + p.max() + (p.integer() ? " or not a whole number" : ""));
            }
        }
        if (!buildOrders.contains(genome.buildOrder())) {
            throw new IllegalArgumentException(where + ": build order " + genome.buildOrder() + " is not one of " + buildOrders);
        }
    }

    private Set<String> keys() {
        Set<String> keys = new HashSet<>();
        parameters.forEach(p -> keys.add(p.key()));
        return keys;
    }
}
