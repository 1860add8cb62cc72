package io.wickedzerg.bot.core;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.HdrHistogram.Histogram;

/**
 * Times every manager and the whole step with HdrHistogram (no allocation per record), and counts
 * manager failures. The clocks are injected so tests control the numbers.
 *
 * <p>Besides the wall clock (AI Arena's rule) a step's CPU time on the game thread is recorded, so a slow step
 * can be told apart: wall time far over its CPU time means the thread was descheduled (a busy machine), CPU
 * time over the limit means slow code.
 */
public final class StepBudget {

    private static final long HIGHEST = TimeUnit.SECONDS.toNanos(60);
    private static final long LIMIT_NANOS = (long) (StepTimes.STEP_LIMIT_MS * 1_000_000);

    private final LongSupplier nanoClock;
    private final LongSupplier cpuClock;
    private final Map<String, Histogram> perManager = new LinkedHashMap<>();
    private final Map<String, Long> failures = new LinkedHashMap<>();
    private final Histogram steps = newHistogram();
    private final Histogram stepsCpu = newHistogram();
    private long lastStepNanos;
    // counted exactly: the histogram's buckets near 40 ms are about 30 microseconds wide
    private long stepsOverLimit;
    private long stepsOverLimitCpu;

    /** Wall clock only: the steps' CPU times are all 0. */
    public StepBudget(LongSupplier nanoClock) {
        this(nanoClock, () -> 0L);
    }

    /**
     * @param cpuClock the CPU time of the thread that steps, in nanoseconds ({@link #threadCpuClock()}); read
     *                 at a step's start and end, on the game thread
     */
    public StepBudget(LongSupplier nanoClock, LongSupplier cpuClock) {
        this.nanoClock = nanoClock;
        this.cpuClock = cpuClock;
    }

    /**
     * The calling thread's CPU time (user and system), or 0 where the JVM cannot measure it. On Linux one read
     * is a clock_gettime call of a few microseconds at most, two a step.
     */
    public static LongSupplier threadCpuClock() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        if (!threads.isCurrentThreadCpuTimeSupported()) {
            return () -> 0L;
        }
        return () -> Math.max(0L, threads.getCurrentThreadCpuTime());
    }

    private static Histogram newHistogram() {
        return new Histogram(HIGHEST, 3);
    }

    public long now() {
        return nanoClock.getAsLong();
    }

    /** The stepping thread's CPU time now, to pass to {@link #recordStep(long, long)} with the wall time. */
    public long cpuNow() {
        return cpuClock.getAsLong();
    }

    public void recordManager(String manager, long nanos) {
        perManager.computeIfAbsent(manager, m -> newHistogram()).recordValue(clamp(nanos));
    }

    /** A step whose CPU time was not measured (recorded as 0). */
    public void recordStep(long nanos) {
        recordStep(nanos, 0);
    }

    public void recordStep(long nanos, long cpuNanos) {
        lastStepNanos = nanos;
        if (nanos > LIMIT_NANOS) {
            stepsOverLimit++;
        }
        if (cpuNanos > LIMIT_NANOS) {
            stepsOverLimitCpu++;
        }
        steps.recordValue(clamp(nanos));
        stepsCpu.recordValue(clamp(cpuNanos));
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
                new StepTimes.Cpu(count == 0 ? 0 : ms(stepsCpu.getValueAtPercentile(99)),
                        count == 0 ? 0 : ms(stepsCpu.getMaxValue()), stepsOverLimitCpu),
                slowest, slowestP99, p99s, failures);
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
