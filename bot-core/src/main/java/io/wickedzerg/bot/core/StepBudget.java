package io.wickedzerg.bot.core;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.HdrHistogram.Histogram;

/**
 * Times every manager and the whole step with HdrHistogram (no allocation per record), and counts
 * manager failures. The clock is injected so tests control the numbers.
 */
public final class StepBudget {

    private static final long HIGHEST = TimeUnit.SECONDS.toNanos(60);
    private static final long LIMIT_NANOS = (long) (StepTimes.STEP_LIMIT_MS * 1_000_000);

    private final LongSupplier nanoClock;
    private final Map<String, Histogram> perManager = new LinkedHashMap<>();
    private final Map<String, Long> failures = new LinkedHashMap<>();
    private final Histogram steps = newHistogram();
    private long lastStepNanos;
    // counted exactly: the histogram's buckets near 40 ms are about 30 microseconds wide
    private long stepsOverLimit;

    public StepBudget(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    private static Histogram newHistogram() {
        return new Histogram(HIGHEST, 3);
    }

    public long now() {
        return nanoClock.getAsLong();
    }

    public void recordManager(String manager, long nanos) {
        perManager.computeIfAbsent(manager, m -> newHistogram()).recordValue(clamp(nanos));
    }

    public void recordStep(long nanos) {
        lastStepNanos = nanos;
        if (nanos > LIMIT_NANOS) {
            stepsOverLimit++;
        }
        steps.recordValue(clamp(nanos));
    }

    public void recordFailure(String manager) {
        failures.merge(manager, 1L, Long::sum);
    }

    private static long clamp(long nanos) {
        return Math.max(0, Math.min(HIGHEST, nanos));
    }

    public long lastStepNanos() {
        return lastStepNanos;
    }

    public long failureCount() {
        return failures.values().stream().mapToLong(Long::longValue).sum();
    }

    public StepTimes report() {
        String slowest = "";
        double slowestP99 = 0;
        Map<String, Double> p99s = new LinkedHashMap<>();
        for (var entry : perManager.entrySet()) {
            double p99 = ms(entry.getValue().getValueAtPercentile(99));
            p99s.put(entry.getKey(), p99);
            if (slowest.isEmpty() || p99 > slowestP99) {
                slowest = entry.getKey();
                slowestP99 = p99;
            }
        }
        long count = steps.getTotalCount();
        return new StepTimes(count,
                count == 0 ? 0 : ms(steps.getValueAtPercentile(50)),
                count == 0 ? 0 : ms(steps.getValueAtPercentile(99)),
                count == 0 ? 0 : ms(steps.getMaxValue()),
                count == 0 ? 0 : steps.getMean() / 1_000_000.0,
                stepsOverLimit,
                slowest, slowestP99, p99s, failures);
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
