package io.wickedzerg.optimiser;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Watches the elite carried into each generation: their games there (recent) against the games elite carried over
 * played in earlier generations (the baseline, a window of the latest of them). Only those games count, because
 * they are the only fair ones: an elite was picked for its score in the generation before, so those games of it
 * are mostly luck, and a comparison with them would find a fall almost every generation. Games played after the
 * pick are a fresh measure of the best candidates, and the GA keeps that level or raises it while the world stays
 * the same.
 *
 * <p>A change is declared when recent is at least environment_drop below the baseline, the baseline holds at
 * least baseline_min_games games, and the fall is beyond chance: at least environment_confidence standard errors
 * of the difference of the two means (from the pooled spread of a game's fitness; a win turned into a loss moves
 * one game by about 1, so over a handful of games a 20 % fall is often noise). With environment_confidence 0 the
 * fall alone decides.
 */
final class EnvironmentMonitor {

    /** Rounding must not hide a fall of exactly the threshold (1.0 to 0.8 computes as 0.19999999999999996). */
    private static final double EPSILON = 1e-9;

    private EnvironmentMonitor() {
    }

    record Drop(double baseline, double recent) {
    }

    /** The fitness of the games the elite carried into {@code generation} played there. */
    static List<Double> recent(List<Candidate> generation) {
        List<Double> recent = new ArrayList<>();
        generation.stream().filter(c -> c.origin() == Origin.ELITE)
                .forEach(c -> c.games().forEach(g -> recent.add(g.fitness())));
        return recent;
    }

    /** The baseline and recent means when recent fell by environment_drop or more, beyond chance; else empty. */
    static Optional<Drop> drop(List<Double> baseline, List<Double> recent, OptimiserSettings settings) {
        if (baseline.size() < settings.baselineMinGames() || recent.isEmpty()) {
            return Optional.empty();
        }
        double before = mean(baseline);
        double now = mean(recent);
        boolean fellEnough = before > 0 && now <= before * (1 - settings.environmentDrop()) + EPSILON;
        boolean beyondChance = before - now >= settings.environmentConfidence() * standardError(baseline, recent) - EPSILON;
        return fellEnough && beyondChance ? Optional.of(new Drop(before, now)) : Optional.empty();
    }

    /**
     * The baseline the next generation is compared with: the latest baseline_window games of it and of recent; after
     * a declared change only recent, the level of the new world.
     */
    static List<Double> nextBaseline(List<Double> baseline, List<Double> recent, boolean changed, int window) {
        List<Double> all = new ArrayList<>(changed ? List.of() : baseline);
        all.addAll(recent);
        return List.copyOf(all.subList(Math.max(0, all.size() - window), all.size()));
    }

    /** Generation {@code g} is bred with wider exploration: a change was declared at most widened_generations before it. */
    static boolean widened(List<EnvironmentChange> changes, int g, OptimiserSettings settings) {
        return changes.stream().anyMatch(e -> g > e.generation() && g - e.generation() <= settings.widenedGenerations());
    }

    /** Of the difference of the two means, from the pooled variance (0 when there are too few games to tell). */
    private static double standardError(List<Double> a, List<Double> b) {
        int degrees = a.size() + b.size() - 2;
        if (degrees <= 0) {
            return 0;
        }
        double pooled = (squares(a) + squares(b)) / degrees;
        return Math.sqrt(pooled * (1.0 / a.size() + 1.0 / b.size()));
    }

    private static double squares(List<Double> values) {
        double m = mean(values);
        return values.stream().mapToDouble(v -> (v - m) * (v - m)).sum();
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }
}
