package io.wickedzerg.sim.ai;

import io.wickedzerg.sim.data.Cost;
import io.wickedzerg.sim.data.ProductionKind;
import io.wickedzerg.sim.data.UnitCatalog;
import io.wickedzerg.sim.data.UnitFacts;
import io.wickedzerg.sim.engine.AbilityIds;
import io.wickedzerg.sim.engine.command.CommandResult;
import io.wickedzerg.sim.engine.command.PlayerCommands;
import io.wickedzerg.sim.engine.command.Target;
import io.wickedzerg.sim.engine.view.OrderView;
import io.wickedzerg.sim.engine.view.PlayerView;
import io.wickedzerg.sim.engine.view.UnitView;
import io.wickedzerg.sim.map.Point2;
import java.util.Comparator;
import java.util.TreeSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What one decision works with: the view, the command sink, the counted forces and the money left. */
final class Turn {
    final PlayerView view;
    final PlayerCommands commands;
    final AiProfile profile;
    final RaceKit kit;
    final Forces forces;
    final Budget budget;
    final UnitCatalog units;
    /** Units given an order this turn, so two decisions never fight over one worker. */
    private final Set<Long> busy = new TreeSet<>();

    Turn(PlayerView view, PlayerCommands commands, AiProfile profile) {
        this.view = view;
        this.commands = commands;
        this.profile = profile;
        this.kit = RaceKit.of(view.race());
        this.forces = new Forces(view);
        this.budget = new Budget(view.minerals(), view.vespene(), Math.max(0, view.foodCap() - view.foodUsed()));
        this.units = view.units();
    }

    long loop() {
        return view.gameLoop();
    }

    List<UnitView> ownOf(int type) {
        return forces.own().stream().filter(u -> u.type() == type).toList();
    }

    List<UnitView> townhalls() {
        return forces.own().stream().filter(u -> units.find(u.type()).map(UnitFacts::townhall).orElse(false)).toList();
    }

    boolean busy(long tag) {
        return busy.contains(tag);
    }

    void markBusy(long tag) {
        busy.add(tag);
    }

    /** Trains or morphs a unit of {@code type} at {@code producer} if the budget allows; spends on success. */
    boolean train(UnitView producer, int type) {
        UnitFacts facts = units.get(type);
        int count = Math.max(1, facts.unitsPerOrder());
        float food = facts.foodRequired() * count;
        Cost cost = new Cost(facts.netCost().minerals() * count,
                facts.netCost().vespene() * count);
        if (busy(producer.tag()) || !budget.canAfford(cost, food)) {
            return false;
        }
        CommandResult result = facts.production() == ProductionKind.MORPH
                ? commands.morph(producer.tag(), type)
                : commands.train(producer.tag(), type);
        if (result.ok()) {
            budget.spend(cost, food);
            if (facts.production() != ProductionKind.LARVA) {
                markBusy(producer.tag());
            }
            return true;
        }
        return false;
    }

    /** Gathering from a neutral unit (a mineral field), not from one of our gas buildings. */
    private boolean minesMinerals(UnitView worker) {
        OrderView order = worker.orders().get(0);
        return order.abilityId() == AbilityIds.gather(view.race())
                && order.target() instanceof Target.OnUnit on && !forces.isOwn(on.tag());
    }

    /** A worker that is mining minerals or idle, nearest to {@code near}, not already given an order this turn. */
    Optional<UnitView> freeWorker(Point2 near) {
        return ownOf(kit.worker()).stream()
                .filter(w -> !busy(w.tag()) && !w.carryingMinerals() && !w.carryingVespene())
                .filter(w -> w.isIdle() || minesMinerals(w))
                .min(Comparator.comparingDouble((UnitView w) -> w.position().distanceTo(near)).thenComparingLong(UnitView::tag));
    }
}
