package io.wickedzerg.bot.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

class StepBudgetTest {

    private static final long MS = 1_000_000;

    @Test
    void countsTheStepsOverAiArenasLimitAndAveragesThem() {
        StepBudget budget = new StepBudget(System::nanoTime);
        for (int i = 0; i < 96; i++) {
            budget.recordStep(2 * MS);
        }
        budget.recordStep(40 * MS);       // at the limit: allowed
        budget.recordStep(41 * MS);
        budget.recordStep(120 * MS);
        budget.recordStep(40 * MS + 500_000);

        StepTimes times = budget.report();

        assertThat(times.steps()).isEqualTo(100);
        assertThat(times.stepsOverLimit()).isEqualTo(3);
        assertThat(times.meanMs()).isCloseTo((96 * 2 + 40 + 41 + 120 + 40.5) / 100, offset(0.05));
        assertThat(times.summaryLine()).contains("mean 4.", "3 over 40 ms");
    }

    @Test
    void aStepsCpuTimeIsCountedApartFromItsWallTime() {
        StepBudget budget = new StepBudget(System::nanoTime, () -> 0L);
        for (int i = 0; i < 98; i++) {
            budget.recordStep(2 * MS, 2 * MS);
        }
        budget.recordStep(300 * MS, 3 * MS);   // descheduled: over the limit on the wall clock only
        budget.recordStep(60 * MS, 50 * MS);   // slow code: over it on both

        StepTimes times = budget.report();

        assertThat(times.stepsOverLimit()).isEqualTo(2);
        assertThat(times.cpu().stepsOverLimit()).isEqualTo(1);
        assertThat(times.cpu().maxMs()).isCloseTo(50, offset(0.1));
        assertThat(times.cpu().p99Ms()).isCloseTo(3, offset(0.01));
        assertThat(times.summaryLine()).contains("CPU p99 3.0", "1 over 40 ms; slowest");
    }

    @Test
    void theThreadCpuClockMeasuresWorkOnTheCallingThread() {
        var clock = StepBudget.threadCpuClock();
        long start = clock.getAsLong();
        long wallStart = System.nanoTime();
        double sink = 0;
        while (System.nanoTime() - wallStart < 50 * MS) {
            sink += Math.sqrt(sink + 1);
        }
        long used = clock.getAsLong() - start;

        assertThat(sink).isPositive();
        // busy for 50 ms of wall time: some CPU time, never more than the wall time (and a few ms of the clock's grain)
        assertThat(used).isPositive().isLessThan(60 * MS);
    }

    @Test
    void noStepsNoneOverTheLimit() {
        StepTimes times = new StepBudget(System::nanoTime).report();

        assertThat(times.stepsOverLimit()).isZero();
        assertThat(times.meanMs()).isZero();
    }
}
