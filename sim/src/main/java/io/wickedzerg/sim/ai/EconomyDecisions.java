package io.wickedzerg.sim.ai;

import io.wickedzerg.sim.data.Race;
import io.wickedzerg.sim.data.ResourceKind;
import io.wickedzerg.sim.data.UnitFacts;
import io.wickedzerg.sim.engine.command.Target;
import io.wickedzerg.sim.engine.view.OrderView;
import io.wickedzerg.sim.engine.view.UnitView;
import io.wickedzerg.sim.map.BaseLocation;
import io.wickedzerg.sim.map.Point2;
import java.util.Comparator;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Mining, workers, supply, gas and expansions, within the profile's economy plan. */
final class EconomyDecisions {
    /** Workers a base can use: two per mineral field plus three per geyser. */
    private static final int WORKERS_PER_BASE = 22;
    /** How long before its first attack time the AI puts the army before workers: about a wave's build time. */
    static final long ARMY_LEAD_LOOPS = Math.round(90 * 22.4);

    private final BuildSpots spots;

    EconomyDecisions(BuildSpots spots) {
        this.spots = spots;
    }

    void act(Turn turn) {
        fillGas(turn);
        keepSupplyAhead(turn);
        trainWorkers(turn);
        takeGas(turn);
        expand(turn);
    }

    /** Last in a turn, so workers picked to build are not sent back to mine first. */
    void sendIdleWorkersToMine(Turn turn) {
        List<UnitView> halls = turn.townhalls().stream().filter(UnitView::isFinished).toList();
        if (halls.isEmpty()) {
            return;
        }
        Map<Long, Integer> miners = new TreeMap<>();
        for (UnitView worker : turn.ownOf(turn.kit.worker())) {
            for (OrderView order : worker.orders()) {
                if (order.target() instanceof Target.OnUnit on) {
                    miners.merge(on.tag(), 1, Integer::sum);
                }
            }
        }
        for (UnitView worker : turn.ownOf(turn.kit.worker())) {
            if (!worker.isIdle() || turn.busy(worker.tag())) {
                continue;
            }
            UnitView hall = halls.stream()
                    .filter(h -> h.assignedHarvesters() < h.idealHarvesters())
                    .min(byDistanceTo(worker.position()))
                    .orElseGet(() -> halls.stream().min(byDistanceTo(worker.position())).orElseThrow());
            // The least worked field of the base, so a line fills two per patch as players do.
            mineralsNear(turn, hall.position()).stream()
                    .min(Comparator.comparingInt((UnitView f) -> miners.getOrDefault(f.tag(), 0))
                            .thenComparingDouble(f -> f.position().distanceTo(hall.position()))
                            .thenComparingLong(UnitView::tag))
                    .ifPresent(field -> {
                        turn.commands.gather(worker.tag(), field.tag());
                        turn.markBusy(worker.tag());
                        miners.merge(field.tag(), 1, Integer::sum);
                    });
        }
    }

    private void fillGas(Turn turn) {
        List<UnitView> gasBuildings = turn.ownOf(turn.kit.gasBuilding());
        int inGas = gasBuildings.stream().mapToInt(UnitView::assignedHarvesters).sum();
        if (inGas * 3 >= turn.forces.total(turn.kit.worker())) {
            return; // at most one worker in three on gas: minerals pay for most of everything
        }
        for (UnitView gas : gasBuildings) {
            if (gas.isFinished() && gas.assignedHarvesters() < 3) {
                turn.freeWorker(gas.position()).ifPresent(worker -> {
                    turn.commands.gather(worker.tag(), gas.tag());
                    turn.markBusy(worker.tag());
                });
                return;
            }
        }
    }

    private void keepSupplyAhead(Turn turn) {
        int cap = turn.view.foodCap();
        if (cap >= 200) {
            return;
        }
        int producers = Math.max(1, turn.townhalls().size() + turn.profile.army().producers());
        int headroom = cap - turn.view.foodUsed();
        int pending = turn.forces.ordered(turn.kit.supply())
                + (int) turn.ownOf(turn.kit.supply()).stream().filter(u -> !u.isFinished()).count();
        // Two supply per producing structure covers what they make while the next supply builds.
        if (headroom >= 2 * producers || pending >= 1 + cap / 60) {
            return;
        }
        UnitFacts supply = turn.units.get(turn.kit.supply());
        boolean ordered = turn.view.race() == Race.ZERG
                ? turn.townhalls().stream().anyMatch(hall -> hall.isFinished() && turn.train(hall, supply.id()))
                : build(turn, supply, turn.townhalls());
        if (!ordered) {
            // Being supply blocked costs more than anything else could buy with this money.
            turn.budget.reserve(supply.netCost().minerals());
        }
    }

    private void trainWorkers(Turn turn) {
        if (armyDue(turn)) {
            return;
        }
        int workers = turn.forces.total(turn.kit.worker());
        int bases = Math.max(1, turn.townhalls().size());
        int wanted = Math.min(turn.profile.economy().workerCap(),
                bases * WORKERS_PER_BASE);
        for (UnitView hall : turn.townhalls()) {
            if (workers >= wanted) {
                return;
            }
            boolean free = turn.view.race() == Race.ZERG || hall.isIdle();
            if (hall.isFinished() && free && turn.train(hall, turn.kit.worker())) {
                workers++;
            }
        }
    }

    /**
     * From shortly before the first attack time on, while the army is short of a wave, larva and money go to
     * the army instead of workers: the attack comes on time, and an opponent who only built drones pays.
     */
    private static boolean armyDue(Turn turn) {
        AttackPlan attack = turn.profile.attack();
        return turn.loop() >= attack.firstAttackLoop() - ARMY_LEAD_LOOPS
                && turn.forces.armySupply(turn.units, ProductionDecisions.mixTypes(turn)) < attack.waveSupply();
    }

    private void takeGas(Turn turn) {
        if (turn.loop() < turn.profile.economy().gasLoop()
                || turn.forces.total(turn.kit.gasBuilding()) >= turn.profile.economy().gasBuildings()) {
            return;
        }
        List<UnitView> halls = turn.townhalls().stream().filter(UnitView::isFinished).toList();
        List<Point2> taken = turn.ownOf(turn.kit.gasBuilding()).stream().map(UnitView::position).toList();
        UnitFacts gas = turn.units.get(turn.kit.gasBuilding());
        turn.view.neutralUnits().stream()
                .filter(u -> turn.units.find(u.type()).map(f -> f.resource() == ResourceKind.VESPENE).orElse(false))
                .filter(g -> halls.stream().anyMatch(h -> h.position().distanceTo(g.position()) < 10))
                .filter(g -> taken.stream().noneMatch(p -> p.distanceTo(g.position()) < 1))
                .min(Comparator.comparingLong(UnitView::tag))
                .ifPresent(geyser -> {
                    if (!turn.budget.canAfford(gas.netCost(), 0)) {
                        return;
                    }
                    turn.freeWorker(geyser.position()).ifPresent(worker -> {
                        if (turn.commands.buildOnGeyser(worker.tag(), gas.id(), geyser.tag()).ok()) {
                            turn.markBusy(worker.tag());
                            turn.budget.spend(gas.netCost(), 0);
                        }
                    });
                });
    }

    private void expand(Turn turn) {
        int halls = turn.forces.totalCountingAliases(turn.kit.townhall(), turn.units);
        if (turn.loop() < turn.profile.economy().expandLoop() || halls >= turn.profile.economy().maxBases()
                || turn.forces.ordered(turn.kit.townhall()) > 0) {
            return;
        }
        Optional<BaseLocation> next = BuildSpots.nextBase(turn.view);
        if (next.isEmpty()) {
            return;
        }
        UnitFacts hall = turn.units.get(turn.kit.townhall());
        Point2 at = BuildSpots.toEngine(next.get().townhall());
        if (!turn.budget.canAfford(hall.netCost(), 0)) {
            // Save for it: nothing cheaper may spend the money meanwhile.
            turn.budget.reserve(turn.budget.minerals());
            return;
        }
        turn.freeWorker(at).ifPresent(worker -> {
            if (turn.commands.build(worker.tag(), hall.id(), at).ok()) {
                turn.markBusy(worker.tag());
                turn.budget.spend(hall.netCost(), 0);
            }
        });
    }

    /** Orders a worker to build {@code structure} near the anchors; reserves its cost when ordered. */
    boolean build(Turn turn, UnitFacts structure, List<UnitView> anchors) {
        if (!turn.budget.canAfford(structure.netCost(), 0)) {
            return false;
        }
        Point2 minerals = turn.townhalls().isEmpty() ? null : mineralNear(turn, turn.townhalls().get(0).position())
                .map(UnitView::position).orElse(null);
        Optional<Point2> at = spots.near(turn.view, structure, anchors, minerals);
        if (at.isEmpty()) {
            return false;
        }
        Optional<UnitView> worker = turn.freeWorker(at.get());
        if (worker.isEmpty() || !turn.commands.build(worker.get().tag(), structure.id(), at.get()).ok()) {
            return false;
        }
        turn.markBusy(worker.get().tag());
        turn.budget.spend(structure.netCost(), 0);
        return true;
    }

    private static Optional<UnitView> mineralNear(Turn turn, Point2 hall) {
        return mineralsNear(turn, hall).stream().min(byDistanceTo(hall));
    }

    private static List<UnitView> mineralsNear(Turn turn, Point2 hall) {
        return turn.view.neutralUnits().stream()
                .filter(u -> turn.units.find(u.type()).map(f -> f.resource() == ResourceKind.MINERALS).orElse(false))
                .filter(u -> u.position().distanceTo(hall) < 12)
                .toList();
    }

    private static Comparator<UnitView> byDistanceTo(Point2 point) {
        return Comparator.comparingDouble((UnitView u) -> u.position().distanceTo(point)).thenComparingLong(UnitView::tag);
    }
}
