package io.wickedzerg.bot.core;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The managers in their one fixed order. Each is timed; an exception is logged and counted and the
 * step goes on with the next manager, unless the policy says to rethrow (tests).
 */
public final class ManagerPipeline {

    private static final Logger LOG = LoggerFactory.getLogger(ManagerPipeline.class);

    private final List<Manager> managers;
    private final StepBudget budget;
    private final FailurePolicy policy;

    public ManagerPipeline(List<Manager> managers, StepBudget budget, FailurePolicy policy) {
        this.managers = List.copyOf(managers);
        this.budget = budget;
        this.policy = policy;
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
                LOG.warn("manager {} failed at loop {}; the step goes on", manager.name(),
                        context.snapshot().gameLoop(), e);
            } finally {
                budget.recordManager(manager.name(), budget.now() - start);
            }
        }
    }

    public List<String> names() {
        return managers.stream().map(Manager::name).toList();
    }
}
