package io.wickedzerg.sim.ai;

import io.wickedzerg.sim.data.Cost;
import io.wickedzerg.sim.data.ProductionKind;
import io.wickedzerg.sim.data.Race;
import io.wickedzerg.sim.data.UnitFacts;
import io.wickedzerg.sim.data.UnitTypeIds;
import io.wickedzerg.sim.data.UpgradeFacts;
import io.wickedzerg.sim.engine.view.UnitView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Tech and production structures, queens, army units and researches, within the profile's army plan. */
final class ProductionDecisions {
    private final EconomyDecisions economy;
    private final List<Integer> techPath;

    ProductionDecisions(EconomyDecisions economy, List<Integer> techPath) {
        this.economy = economy;
        this.techPath = List.copyOf(techPath);
    }

    List<Integer> techPath() {
        return techPath;
    }

    void act(Turn turn) {
        buildTech(turn);
        if (turn.view.race() == Race.ZERG) {
            queens(turn);
        }
        trainArmy(turn);
        research(turn);
    }

    /** The first missing structure of the tech path whose requirement stands; then more producers. */
    private void buildTech(Turn turn) {
        for (int type : techPath) {
            if (turn.forces.totalCountingAliases(type, turn.units) > 0) {
                continue;
            }
            UnitFacts facts = turn.units.get(type);
            if (facts.techRequirement() != 0 && !turn.forces.hasFinishedCountingAliases(facts.techRequirement(), turn.units)) {
                return;
            }
            place(turn, facts);
            return;
        }
        List<Integer> producers = producerTypes(turn);
        for (int i = 0; i < producers.size(); i++) {
            int producer = producers.get(i);
            // The core unit's producer gets the full count; support tech (Robo, Stargate, Starport) a third of it.
            int wanted = i == 0 ? turn.profile.army().producers() : Math.max(1, turn.profile.army().producers() / 3);
            int have = turn.forces.total(producer);
            if (have > 0 && have < wanted && turn.forces.finished(producer) == have) {
                place(turn, turn.units.get(producer));
                return;
            }
        }
    }

    private void place(Turn turn, UnitFacts facts) {
        if (facts.production() == ProductionKind.MORPH) {
            turn.ownOf(facts.morphsFrom()).stream().filter(u -> u.isFinished() && u.isIdle()).findFirst()
                    .ifPresent(from -> turn.train(from, facts.id()));
            return;
        }
        List<UnitView> anchors = turn.view.race() == Race.PROTOSS
                ? turn.ownOf(UnitTypeIds.PYLON).stream().filter(UnitView::isFinished).toList()
                : turn.townhalls().stream().filter(UnitView::isFinished).toList();
        if (!economy.build(turn, facts, anchors)) {
            // Keep the money for the structure the plan waits on.
            turn.budget.reserve(facts.netCost().minerals());
        }
    }

    private void queens(Turn turn) {
        List<UnitView> hatcheries = turn.townhalls().stream().filter(UnitView::isFinished).toList();
        if (turn.forces.finished(UnitTypeIds.SPAWNING_POOL) > 0 && turn.forces.total(UnitTypeIds.QUEEN) < hatcheries.size()) {
            hatcheries.stream().filter(UnitView::isIdle).findFirst().ifPresent(h -> turn.train(h, UnitTypeIds.QUEEN));
        }
        for (UnitView queen : turn.ownOf(UnitTypeIds.QUEEN)) {
            if (queen.energy() >= 25 && queen.isIdle()) {
                hatcheries.stream().min(Comparator.comparingDouble((UnitView h) -> h.position().distanceTo(queen.position())))
                        .ifPresent(h -> {
                            turn.commands.inject(queen.tag(), h.tag());
                            turn.markBusy(queen.tag());
                        });
            }
        }
    }

    /** Trains at every idle producer the unit furthest below its share of the mix. */
    private void trainArmy(Turn turn) {
        float supply = turn.forces.armySupply(turn.units, mixTypes(turn));
        if (supply >= turn.profile.army().armySupplyCap()) {
            return;
        }
        for (UnitView producer : producersReady(turn)) {
            // Only what it can pay for now, so a unit waiting on gas never stalls the rest of the mix.
            List<ArmyShare> buildable = turn.profile.army().mix().stream()
                    .filter(s -> canMake(turn, producer, turn.units.get(s.unitType())) && affordable(turn, s.unitType()))
                    .toList();
            ArmyShare next = mostWanted(turn, buildable);
            if (next == null || !turn.train(producer, next.unitType())) {
                continue;
            }
            supply += turn.units.get(next.unitType()).foodRequired();
            if (supply >= turn.profile.army().armySupplyCap()) {
                return;
            }
        }
    }

    private List<UnitView> producersReady(Turn turn) {
        List<UnitView> ready = new ArrayList<>();
        if (turn.view.race() == Race.ZERG) {
            // Each larva is one order; hatcheries hand them out.
            long larva = turn.ownOf(UnitTypeIds.LARVA).size();
            List<UnitView> halls = turn.townhalls().stream().filter(UnitView::isFinished).toList();
            for (int i = 0; i < larva && !halls.isEmpty(); i++) {
                ready.add(halls.get(i % halls.size()));
            }
            return ready;
        }
        for (int type : producerTypes(turn)) {
            turn.ownOf(type).stream().filter(u -> u.isFinished() && u.isIdle() && !turn.busy(u.tag())).forEach(ready::add);
        }
        return ready;
    }

    private static boolean canMake(Turn turn, UnitView producer, UnitFacts unit) {
        boolean producedHere = unit.production() == ProductionKind.LARVA
                ? turn.units.get(producer.type()).townhall()
                : unit.producers().contains(producer.type());
        return producedHere && (unit.techRequirement() == 0
                || turn.forces.hasFinishedCountingAliases(unit.techRequirement(), turn.units));
    }

    private static boolean affordable(Turn turn, int type) {
        UnitFacts facts = turn.units.get(type);
        int count = Math.max(1, facts.unitsPerOrder());
        return turn.budget.canAfford(new Cost(facts.netCost().minerals() * count, facts.netCost().vespene() * count),
                facts.foodRequired() * count);
    }

    /** The share whose count is lowest against its weight; ties go to the first listed. */
    private static ArmyShare mostWanted(Turn turn, List<ArmyShare> shares) {
        ArmyShare best = null;
        double bestRatio = Double.MAX_VALUE;
        for (ArmyShare share : shares) {
            double ratio = (double) turn.forces.total(share.unitType()) / share.weight();
            if (ratio < bestRatio) {
                best = share;
                bestRatio = ratio;
            }
        }
        return best;
    }

    private void research(Turn turn) {
        for (int upgradeId : turn.profile.army().upgrades()) {
            if (turn.view.upgrades().contains(upgradeId)) {
                continue;
            }
            UpgradeFacts upgrade = turn.view.upgradeCatalog().get(upgradeId);
            boolean researching = turn.forces.own().stream()
                    .anyMatch(u -> u.orders().stream().anyMatch(o -> o.abilityId() == upgrade.abilityId()));
            if (researching || (upgrade.techRequirement() != 0
                    && !turn.forces.hasFinishedCountingAliases(upgrade.techRequirement(), turn.units))
                    || !turn.budget.canAfford(upgrade.cost(), 0)) {
                continue;
            }
            turn.forces.own().stream()
                    .filter(u -> turn.units.get(u.type()).satisfies(upgrade.researchedBy()))
                    .filter(u -> u.isFinished() && u.isIdle() && !turn.busy(u.tag()))
                    .findFirst()
                    .ifPresent(researcher -> {
                        if (turn.commands.research(researcher.tag(), upgradeId).ok()) {
                            turn.markBusy(researcher.tag());
                            turn.budget.spend(upgrade.cost(), 0);
                        }
                    });
        }
    }

    private static List<Integer> producerTypes(Turn turn) {
        List<Integer> types = new ArrayList<>();
        for (ArmyShare share : turn.profile.army().mix()) {
            for (int producer : turn.units.get(share.unitType()).producers()) {
                if (turn.units.get(producer).isStructure() && !turn.units.get(producer).townhall() && !types.contains(producer)) {
                    types.add(producer);
                }
            }
        }
        return types;
    }

    static Set<Integer> mixTypes(Turn turn) {
        Set<Integer> types = new LinkedHashSet<>(); // the mix's order: sums over it come out the same every run
        turn.profile.army().mix().forEach(s -> types.add(s.unitType()));
        return types;
    }
}
