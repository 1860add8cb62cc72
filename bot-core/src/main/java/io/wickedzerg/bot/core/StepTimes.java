package io.wickedzerg.bot.core;

import java.util.Map;

/**
 * Step-time statistics of one game, in milliseconds.
 *
 * @param meanMs         the average step, 0 when no step ran
 * @param stepsOverLimit steps that took longer than {@link #STEP_LIMIT_MS}: AI Arena's rule allows a bot only a
 *                       few of them in a game
 * @param cpu            the same steps' CPU time on the game thread: wall time over it is time descheduled
 * @param slowestManager the manager with the highest p99, empty when no step ran
 * @param failures       manager name to exceptions caught
 */
public record StepTimes(long steps, double p50Ms, double p99Ms, double maxMs, double meanMs, long stepsOverLimit,
                        Cpu cpu, String slowestManager, double slowestManagerP99Ms,
                        Map<String, Double> managerP99Ms, Map<String, Long> failures) {

    /** AI Arena's step limit: a step over it counts against the bot (more than a few and it loses). */
    public static final double STEP_LIMIT_MS = 40.0;

    public StepTimes {
        managerP99Ms = Map.copyOf(managerP99Ms);
        failures = Map.copyOf(failures);
    }

    /**
     * The steps' CPU time, in milliseconds (all 0 when it was not measured).
     *
     * @param stepsOverLimit steps whose CPU time alone was over {@link #STEP_LIMIT_MS}: slow code, not a busy machine
     */
    public record Cpu(double p99Ms, double maxMs, long stepsOverLimit) {
        public static final Cpu NONE = new Cpu(0, 0, 0);
    }

    public long totalFailures() {
        return failures.values().stream().mapToLong(Long::longValue).sum();
    }

    public String summaryLine() {
        return String.format(java.util.Locale.ROOT,
                "step time p50 %.3f ms, p99 %.3f ms, max %.3f ms, mean %.3f ms over %d steps, %d over %.0f ms; "
                        + "CPU p99 %.3f ms, max %.3f ms, %d over %.0f ms; slowest manager %s (p99 %.3f ms)%s",
                p50Ms, p99Ms, maxMs, meanMs, steps, stepsOverLimit, STEP_LIMIT_MS,
                cpu.p99Ms(), cpu.maxMs(), cpu.stepsOverLimit(), STEP_LIMIT_MS, slowestManager.isEmpty() ? "-" : slowestManager, slowestManagerP99Ms,
                failures.isEmpty() ? "" : "; manager failures " + failures);
    }
}
