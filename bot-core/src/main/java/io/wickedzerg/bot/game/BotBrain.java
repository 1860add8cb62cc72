package io.wickedzerg.bot.game;

import io.wickedzerg.bot.core.BuildingPlacer;
import io.wickedzerg.bot.core.Builders;
import io.wickedzerg.bot.core.CommandOutput;
import io.wickedzerg.bot.core.CommandSink;
import io.wickedzerg.bot.core.EnemyIntel;
import io.wickedzerg.bot.core.FailurePolicy;
import io.wickedzerg.bot.core.Manager;
import io.wickedzerg.bot.core.ManagerPipeline;
import io.wickedzerg.bot.core.PlacementCheck;
import io.wickedzerg.bot.core.ResourceLedger;
import io.wickedzerg.bot.core.RoleRegistry;
import io.wickedzerg.bot.core.StepBudget;
import io.wickedzerg.bot.core.StepContext;
import io.wickedzerg.bot.manager.BuildOrderManager;
import io.wickedzerg.bot.manager.CombatManager;
import io.wickedzerg.bot.manager.EconomyManager;
import io.wickedzerg.bot.manager.ExpansionManager;
import io.wickedzerg.bot.manager.GasManager;
import io.wickedzerg.bot.manager.ProductionManager;
import io.wickedzerg.bot.manager.QueenManager;
import io.wickedzerg.bot.manager.ScoutingManager;
import io.wickedzerg.bot.manager.SupplyManager;
import io.wickedzerg.bot.manager.UpgradeManager;
import io.wickedzerg.bot.model.GameMap;
import io.wickedzerg.bot.model.StepSnapshot;
import io.wickedzerg.bot.model.ZergTech;
import io.wickedzerg.bot.strategy.BuildOrder;
import io.wickedzerg.bot.strategy.StrategyParameters;
import io.wickedzerg.bot.telemetry.TelemetryLogger;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * One game's decision loop without any protocol: snapshot in, commands out. The ocraft agent feeds
 * it; tests feed it constructed snapshots. Owns the per-game state (roles, intel, managers' memory).
 */
public final class BotBrain {

    private final ZergTech tech;
    private final GameMap map;
    private final StrategyParameters strategy;
    private final BuildOrderManager buildOrder;
    private final ManagerPipeline pipeline;
    private final StepBudget budget;
    private final TelemetryLogger telemetry;
    private final RoleRegistry roles = new RoleRegistry();
    private final EnemyIntel intel = new EnemyIntel();
    private final CommandSink sink = new CommandSink();
    private final Builders builders = new Builders();
    private final BuildingPlacer placer;
    private StepSnapshot last;

    public BotBrain(ZergTech tech, GameMap map, BuildOrder order, StrategyParameters strategy,
                    PlacementCheck placement, StepBudget budget, FailurePolicy policy, TelemetryLogger telemetry) {
        this.tech = tech;
        this.map = map;
        this.strategy = strategy;
        this.budget = budget;
        this.telemetry = telemetry;
        this.placer = new BuildingPlacer(placement);
        this.buildOrder = new BuildOrderManager(order);
        this.pipeline = new ManagerPipeline(standardManagers(buildOrder), budget, policy);
    }

    /** The fixed order: economy first (workers), spending by priority, then scouting and the army. */
    static List<Manager> standardManagers(BuildOrderManager buildOrder) {
        BooleanSupplier openingDone = buildOrder::isFinished;
        return List.of(
                new EconomyManager(),
                new SupplyManager(),
                buildOrder,
                new ProductionManager(openingDone),
                new QueenManager(openingDone),
                new ExpansionManager(openingDone),
                new GasManager(openingDone),
                new UpgradeManager(openingDone),
                new ScoutingManager(),
                new CombatManager());
    }

    /** One step: memory, managers, one batch of commands, telemetry. */
    public void step(StepSnapshot snapshot, CommandOutput output) {
        step(snapshot, output, budget.now(), budget.cpuNow());
    }

    /**
     * One step whose time started at {@code startNanos} and {@code startCpuNanos} (the budget's clocks, read
     * before the snapshot was built, so it counts too).
     */
    public void step(StepSnapshot snapshot, CommandOutput output, long startNanos, long startCpuNanos) {
        long start = startNanos;
        roles.retainAlive(snapshot);
        intel.update(snapshot, map);
        StepContext ctx = new StepContext(snapshot, map, tech, roles, ResourceLedger.forStep(snapshot, tech), sink,
                strategy, intel, placer, builders, telemetry);
        pipeline.run(ctx);
        sink.flush(output);
        long elapsed = budget.now() - start;
        budget.recordStep(elapsed, budget.cpuNow() - startCpuNanos);
        telemetry.onStep(snapshot, intel, elapsed);
        last = snapshot;
    }

    /** The game is over: logs the manager failures counted since their last report. */
    public void finish() {
        pipeline.finish();
    }

    public StepBudget budget() { return budget; }
    public BuildOrderManager buildOrder() { return buildOrder; }
    public EnemyIntel intel() { return intel; }
    public RoleRegistry roles() { return roles; }
    public CommandSink sink() { return sink; }
    public StrategyParameters strategy() { return strategy; }
    public TelemetryLogger telemetry() { return telemetry; }
    public GameMap map() { return map; }
    public List<String> managerNames() { return pipeline.names(); }

    /** The last snapshot seen, or null before the first step. */
    public StepSnapshot lastSnapshot() {
        return last;
    }
}
