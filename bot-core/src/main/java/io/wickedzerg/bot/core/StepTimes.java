package io.wickedzerg.bot.core;

import java.util.Map;

/**
 * Step-time statistics of one game, in milliseconds.
 *
 * @param slowestManager the manager with the highest p99, empty when no step ran
 * @param failures       manager name to exceptions caught
 */
public record StepTimes(long steps, double p50Ms, double p99Ms, double maxMs,
                        String slowestManager, double slowestManagerP99Ms,
                        Map<String, Double> managerP99Ms, Map<String, Long> failures) {

    public StepTimes {
        managerP99Ms = Map.copyOf(managerP99Ms);
        failures = Map.copyOf(failures);
    }

    public long totalFailures() {
        return failures.values().stream().mapToLong(Long::longValue).sum();
    }

    public String summaryLine() {
        return String.format(java.util.Locale.ROOT,
                "step time p50 %.3f ms, p99 %.3f ms, max %.3f ms over %d steps; slowest manager %s (p99 %.3f ms)%s",
                p50Ms, p99Ms, maxMs, steps, slowestManager.isEmpty() ? "-" : slowestManager, slowestManagerP99Ms,
                failures.isEmpty() ? "" : "; manager failures " + failures);
    }
}
