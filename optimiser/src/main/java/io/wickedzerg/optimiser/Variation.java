package io.wickedzerg.optimiser;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * The genetic operators over one space, drawing from one random source. Every value they make is clamped
 * into its range and rounded when the parameter is a whole number.
 */
final class Variation {

    private final ParameterSpace space;
    private final RandomGenerator random;

    Variation(ParameterSpace space, RandomGenerator random) {
        this.space = space;
        this.random = random;
    }

    /** Every parameter uniform in its range (whole numbers: each value equally likely), any build order. */
    Genome random() {
        Map<String, Double> values = new LinkedHashMap<>();
        for (ParameterSpec p : space.parameters()) {
            double v = p.integer()
                    ? p.min() + random.nextLong((long) p.range() + 1)
                    : p.min() + random.nextDouble() * p.range();
            values.put(p.key(), p.fit(v));
        }
        List<String> orders = space.buildOrders();
        return new Genome(values, orders.get(random.nextInt(orders.size())));
    }

    /** Each gene from either parent with even odds. */
    Genome crossover(Genome a, Genome b) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (ParameterSpec p : space.parameters()) {
            values.put(p.key(), random.nextBoolean() ? a.value(p.key()) : b.value(p.key()));
        }
        return new Genome(values, random.nextBoolean() ? a.buildOrder() : b.buildOrder());
    }

    /**
     * Each parameter, with {@code probability}, moves by a Gaussian step of {@code sigma} times its range; the build
     * order, with {@code buildOrderProbability}, becomes another one picked at random.
     */
    Genome mutate(Genome genome, double probability, double sigma, double buildOrderProbability) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (ParameterSpec p : space.parameters()) {
            double v = genome.value(p.key());
            if (random.nextDouble() < probability) {
                v = p.fit(v + random.nextGaussian() * sigma * p.range());
            }
            values.put(p.key(), v);
        }
        String order = genome.buildOrder();
        List<String> orders = space.buildOrders();
        if (orders.size() > 1 && random.nextDouble() < buildOrderProbability) {
            // an index among the others, so a mutation always changes the build order
            int pick = random.nextInt(orders.size() - 1);
            int current = orders.indexOf(order);
            order = orders.get(pick >= current ? pick + 1 : pick);
        }
        return new Genome(values, order);
    }
}
