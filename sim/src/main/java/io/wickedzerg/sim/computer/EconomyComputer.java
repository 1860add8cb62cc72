package io.wickedzerg.sim.computer;

import io.wickedzerg.sim.data.Race;
import io.wickedzerg.sim.data.UnitFacts;
import io.wickedzerg.sim.data.UnitTypeIds;
import io.wickedzerg.sim.engine.command.PlayerCommands;
import io.wickedzerg.sim.engine.view.PlayerView;
import io.wickedzerg.sim.engine.view.UnitView;
import io.wickedzerg.sim.map.Point2;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A small stand-in opponent for any race: workers to 16 + 3 per gas-less base, supply when 2 short, one
 * production structure, then its basic army unit; it attacks once the army reaches a size set by the
 * difficulty. Its only job is to make a game happen until the real built-in AIs replace it.
 */
public final class EconomyComputer implements ComputerPlayer {
    private final ComputerSpec spec;
    private final SplittableRandom random;
    private final int attackAt;

    public EconomyComputer(ComputerSpec spec) {
        this.spec = spec;
        this.random = new SplittableRandom(spec.seed());
        this.attackAt = 4 + spec.difficulty().protoValue() * 3;
    }

    @Override
    public void onStep(PlayerView view, PlayerCommands commands) {
        Race race = view.race();
        int worker = pick(race, UnitTypeIds.SCV, UnitTypeIds.DRONE, UnitTypeIds.PROBE);
        int supply = pick(race, UnitTypeIds.SUPPLY_DEPOT, UnitTypeIds.OVERLORD, UnitTypeIds.PYLON);
        int production = pick(race, UnitTypeIds.BARRACKS, UnitTypeIds.SPAWNING_POOL, UnitTypeIds.GATEWAY);
        int soldier = pick(race, UnitTypeIds.MARINE, UnitTypeIds.ZERGLING, UnitTypeIds.ZEALOT);
        List<UnitView> own = view.ownUnits();
        UnitView hall = own.stream().filter(u -> view.units().find(u.type()).map(UnitFacts::townhall).orElse(false))
                .findFirst().orElse(null);
        if (hall == null) {
            return;
        }
        UnitView mineral = view.neutralUnits().stream()
                .filter(u -> view.units().find(u.type()).map(f -> f.resource() == io.wickedzerg.sim.data.ResourceKind.MINERALS).orElse(false))
                .min((a, b) -> Double.compare(a.position().distanceTo(hall.position()), b.position().distanceTo(hall.position())))
                .orElse(null);
        for (UnitView u : own) {
            if (u.type() == worker && u.isIdle() && mineral != null) {
                commands.gather(u.tag(), mineral.tag());
            }
        }
        long workers = count(own, worker);
        int freeSupply = view.foodCap() - view.foodUsed();
        boolean hasProduction = count(own, production) > 0;
        boolean supplyPending = own.stream().anyMatch(u -> u.type() == supply && !u.isFinished())
                || own.stream().anyMatch(u -> u.orders().stream().anyMatch(o -> o.abilityId() == view.units().get(supply).abilityId()));
        if (freeSupply <= 2 && view.foodCap() < 200 && !supplyPending) {
            if (race == Race.ZERG) {
                trainFromLarva(view, commands, own, supply);
            } else {
                buildNear(view, commands, own, worker, supply, hall);
            }
            return;
        }
        if (workers < 16 + (hasProduction ? 0 : 0) && freeSupply > 0) {
            if (race == Race.ZERG) {
                trainFromLarva(view, commands, own, worker);
            } else if (hall.orders().isEmpty()) {
                commands.train(hall.tag(), worker);
            }
        }
        boolean productionPending = own.stream().anyMatch(u -> u.orders().stream()
                .anyMatch(o -> o.abilityId() == view.units().get(production).abilityId()));
        if (!hasProduction && !productionPending && workers >= 12) {
            buildNear(view, commands, own, worker, production, hall);
        }
        if (hasProduction) {
            if (race == Race.ZERG) {
                trainFromLarva(view, commands, own, soldier);
            } else {
                own.stream().filter(u -> u.type() == production && u.isFinished() && u.orders().isEmpty())
                        .forEach(p -> commands.train(p.tag(), soldier));
            }
        }
        List<Long> army = own.stream().filter(u -> u.type() == soldier).map(UnitView::tag).toList();
        if (army.size() >= attackAt) {
            Point2 target = view.enemyUnits().stream().filter(UnitView::snapshot).map(UnitView::position).findFirst()
                    .orElse(view.enemyStartLocations().get(0));
            commands.attackMove(army, target);
        }
    }

    private void trainFromLarva(PlayerView view, PlayerCommands commands, List<UnitView> own, int type) {
        own.stream().filter(u -> u.type() == UnitTypeIds.LARVA).findFirst().ifPresent(l -> commands.train(l.tag(), type));
    }

    private void buildNear(PlayerView view, PlayerCommands commands, List<UnitView> own, int worker, int structure, UnitView hall) {
        UnitView builder = own.stream().filter(u -> u.type() == worker).findFirst().orElse(null);
        if (builder == null) {
            return;
        }
        Point2 away = view.enemyStartLocations().get(0);
        for (int attempt = 0; attempt < 20; attempt++) {
            double angle = Math.atan2(away.y() - hall.position().y(), away.x() - hall.position().x())
                    + (random.nextDouble() - 0.5) * 2.5;
            double r = 6 + random.nextDouble() * 5;
            Point2 at = Point2.of(Math.floor(hall.position().x() + Math.cos(angle) * r) + 0.5,
                    Math.floor(hall.position().y() + Math.sin(angle) * r) + 0.5);
            if (view.checkPlacement(structure, at).ok()) {
                commands.build(builder.tag(), structure, at);
                return;
            }
        }
    }

    private static long count(List<UnitView> units, int type) {
        return units.stream().filter(u -> u.type() == type).count();
    }

    private static int pick(Race race, int terran, int zerg, int protoss) {
        return switch (race) {
            case ZERG -> zerg;
            case PROTOSS -> protoss;
            default -> terran;
        };
    }
}
