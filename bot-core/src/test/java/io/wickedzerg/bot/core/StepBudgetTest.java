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
    void noStepsNoneOverTheLimit() {
        StepTimes times = new StepBudget(System::nanoTime).report();

        assertThat(times.stepsOverLimit()).isZero();
        assertThat(times.meanMs()).isZero();
    }
}
