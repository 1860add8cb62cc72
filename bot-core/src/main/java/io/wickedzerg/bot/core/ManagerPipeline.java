package io.wickedzerg.bot.core;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The managers in their one fixed order. Each is timed; an exception is counted, logged through the
 * {@link FailureLog} (a stack once, then a count a minute) and the step goes on with the next
 * manager, unless the policy says to rethrow (tests).
 */
public final class ManagerPipeline {

    private static final Logger LOG = LoggerFactory.getLogger(ManagerPipeline.class);

    private final List<Manager> managers;
    private final StepBudget budget;
    private final FailurePolicy policy;
    private final FailureLog failures;

    /** Failures logged to this class's logger, minutes measured by the budget's clock. */
    public ManagerPipeline(List<Manager> managers, StepBudget budget, FailurePolicy policy) {
        this(managers, budget, policy, new FailureLog(LOG, budget::now));
    }

    public ManagerPipeline(List<Manager> managers, StepBudget budget, FailurePolicy policy, FailureLog failures) {
        this.managers = List.copyOf(managers);
        this.budget = budget;
        this.policy = policy;
        this.failures = failures;
    }

    public void run(StepContext context) {
        for (Manager manager : managers) {
            long start = budget.now();
            try {
                manager.onStep(context);
            } catch (RuntimeException e) {
                budget.recordFailure(manager.name());
                if (policy == FailurePolicy.RETHROW) {
                    throw new ManagerFailedException(manager.name(), context.snapshot().gameLoop(), e);
                }
                failures.failed(manager.name(), context.snapshot().gameLoop(), e);
            } finally {
                budget.recordManager(manager.name(), budget.now() - start);
            }
        }
        failures.tick();
    }

    /** At the game's end: logs the failures counted since the last report. */
    public void finish() {
        failures.flush();
    }

    public List<String> names() {
        return managers.stream().map(Manager::name).toList();
    }
}
