package io.wickedzerg.bot.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wickedzerg.bot.testing.CapturedLog;
import io.wickedzerg.bot.testing.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ManagerPipelineTest {

    /** A clock the managers advance: "work" costs exactly what the test says. */
    private final AtomicLong nanos = new AtomicLong();
    private final List<String> ran = new ArrayList<>();

    private Manager costing(String name, long costNanos) {
        return new Manager() {
            @Override public String name() { return name; }
            @Override public void onStep(StepContext context) {
                ran.add(name);
                nanos.addAndGet(costNanos);
            }
        };
    }

    private Manager failing(String name) {
        return new Manager() {
            @Override public String name() { return name; }
            @Override public void onStep(StepContext context) {
                ran.add(name);
                throw new IllegalStateException("boom");
            }
        };
    }

    @Test
    void runsInOrderAndTimesEveryManager() {
        StepBudget budget = new StepBudget(nanos::get);
        ManagerPipeline pipeline = new ManagerPipeline(
                List.of(costing("economy", 100_000), costing("combat", 900_000)), budget, FailurePolicy.RETHROW);

        for (int i = 0; i < 100; i++) {
            long start = budget.now();
            pipeline.run(Fixtures.context(Fixtures.opening().build(Fixtures.TECH)).context);
            budget.recordStep(budget.now() - start);
        }
        StepTimes times = budget.report();

        assertThat(ran.subList(0, 2)).containsExactly("economy", "combat");
        assertThat(times.steps()).isEqualTo(100);
        assertThat(times.p50Ms()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(times.maxMs()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(times.slowestManager()).isEqualTo("combat");
        assertThat(times.managerP99Ms().get("economy")).isCloseTo(0.1, org.assertj.core.data.Offset.offset(0.001));
    }

    @Test
    void onTheLadderAFailureIsCountedAndTheStepGoesOn() {
        StepBudget budget = new StepBudget(nanos::get);
        ManagerPipeline pipeline = new ManagerPipeline(
                List.of(failing("scouting"), costing("combat", 10)), budget, FailurePolicy.COUNT_AND_CONTINUE);

        pipeline.run(Fixtures.context(Fixtures.opening().build(Fixtures.TECH)).context);
        pipeline.run(Fixtures.context(Fixtures.opening().build(Fixtures.TECH)).context);

        assertThat(ran).containsExactly("scouting", "combat", "scouting", "combat");
        assertThat(budget.report().failures()).containsEntry("scouting", 2L);
        assertThat(budget.failureCount()).isEqualTo(2);
    }

    @Test
    void inTestsAFailureStopsTheGameNamingTheManager() {
        StepBudget budget = new StepBudget(nanos::get);
        ManagerPipeline pipeline = new ManagerPipeline(
                List.of(failing("scouting"), costing("combat", 10)), budget, FailurePolicy.RETHROW);

        assertThatThrownBy(() -> pipeline.run(Fixtures.context(Fixtures.opening().build(Fixtures.TECH)).context))
                .isInstanceOf(ManagerFailedException.class)
                .hasMessageContaining("scouting").hasMessageContaining("boom");
        assertThat(ran).containsExactly("scouting");
        assertThat(budget.failureCount()).isEqualTo(1);
    }

    @Test
    void aManagerFailingEveryStepLogsOneStackNotOneAStep() {
        CapturedLog captured = new CapturedLog();
        StepBudget budget = new StepBudget(nanos::get);
        ManagerPipeline pipeline = new ManagerPipeline(List.of(failing("scouting"), costing("combat", 10)), budget,
                FailurePolicy.COUNT_AND_CONTINUE, new FailureLog(captured.logger(), budget::now));

        for (int step = 0; step < 220; step++) {
            pipeline.run(Fixtures.context(Fixtures.opening().gameLoop(step * 2L).build(Fixtures.TECH)).context);
        }
        pipeline.finish();

        assertThat(budget.failureCount()).isEqualTo(220);
        assertThat(captured.messages()).hasSize(2);
        assertThat(captured.events().get(0).getThrowableProxy().getMessage()).isEqualTo("boom");
        assertThat(captured.messages().get(1)).startsWith("manager scouting failed 219 more times");
    }
}
