package io.wickedzerg.sim;

import com.github.ocraft.s2client.bot.S2Agent;
import com.github.ocraft.s2client.bot.gateway.UnitInPool;
import com.github.ocraft.s2client.protocol.data.Abilities;
import com.github.ocraft.s2client.protocol.data.Units;
import com.github.ocraft.s2client.protocol.game.raw.StartRaw;
import com.github.ocraft.s2client.protocol.observation.PlayerResult;
import com.github.ocraft.s2client.protocol.spatial.Point2d;
import com.github.ocraft.s2client.protocol.unit.Alliance;
import com.github.ocraft.s2client.protocol.unit.Unit;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * A small scripted Zerg macro agent for the proofs (not the bot): drones to 16, overlords before supply
 * runs out, a spawning pool, a queen that injects, zerglings, and an attack on the enemy start once it has
 * a pack. It records the client events it receives.
 */
class ScriptedZergAgent extends S2Agent {
    final AtomicInteger unitsCreated = new AtomicInteger();
    final AtomicInteger unitsIdle = new AtomicInteger();
    final AtomicInteger constructionsCompleted = new AtomicInteger();
    final AtomicInteger unitsDestroyed = new AtomicInteger();
    final AtomicInteger steps = new AtomicInteger();
    volatile boolean gameEnded;
    volatile List<PlayerResult> results = List.of();
    volatile long lastLoop;
    volatile int maxDrones;
    volatile int maxMinerals;
    volatile long collectedMinerals;
    private final int attackAt;

    ScriptedZergAgent(int attackAt) {
        this.attackAt = attackAt;
    }

    @Override
    public void onUnitCreated(UnitInPool unit) {
        unitsCreated.incrementAndGet();
    }

    @Override
    public void onUnitIdle(UnitInPool unitInPool) {
        unitsIdle.incrementAndGet();
        Unit unit = unitInPool.unit();
        if (unit.getType() == Units.ZERG_DRONE) {
            nearestMineral(unit.getPosition().toPoint2d()).ifPresent(m -> actions().unitCommand(unit, Abilities.SMART, m, false));
        }
    }

    @Override
    public void onBuildingConstructionComplete(UnitInPool unit) {
        constructionsCompleted.incrementAndGet();
    }

    @Override
    public void onUnitDestroyed(UnitInPool unit) {
        unitsDestroyed.incrementAndGet();
    }

    @Override
    public void onGameEnd() {
        gameEnded = true;
        results = observation().getResults();
    }

    @Override
    public void onStep() {
        steps.incrementAndGet();
        lastLoop = observation().getGameLoop();
        int minerals = observation().getMinerals();
        maxMinerals = Math.max(maxMinerals, minerals);
        collectedMinerals = (long) observation().getScore().getDetails().getCollectedMinerals();
        List<Unit> own = observation().getUnits(Alliance.SELF).stream().map(UnitInPool::unit).collect(Collectors.toList());
        List<Unit> larvae = ofType(own, Units.ZERG_LARVA);
        int drones = ofType(own, Units.ZERG_DRONE).size();
        // units idle since the start get no onUnitIdle (ocraft skips events at loop 0), so look here too
        ofType(own, Units.ZERG_DRONE).stream().filter(d -> d.getOrders().isEmpty()).forEach(d ->
                nearestMineral(d.getPosition().toPoint2d()).ifPresent(m -> actions().unitCommand(d, Abilities.SMART, m, false)));
        maxDrones = Math.max(maxDrones, drones);
        int supplyLeft = observation().getFoodCap() - observation().getFoodUsed();
        boolean overlordComing = own.stream().anyMatch(u -> u.getOrders().stream()
                .anyMatch(o -> o.getAbility() == Abilities.TRAIN_OVERLORD));
        Optional<Unit> hatchery = ofType(own, Units.ZERG_HATCHERY).stream().findFirst();
        boolean pool = !ofType(own, Units.ZERG_SPAWNING_POOL).isEmpty();
        boolean poolOrdered = own.stream().anyMatch(u -> u.getOrders().stream()
                .anyMatch(o -> o.getAbility() == Abilities.BUILD_SPAWNING_POOL));
        if (larvae.isEmpty() || hatchery.isEmpty()) {
            return;
        }
        Unit larva = larvae.get(0);
        if (supplyLeft <= 2 && !overlordComing && minerals >= 100 && observation().getFoodCap() < 200) {
            actions().unitCommand(larva, Abilities.TRAIN_OVERLORD, false);
            return;
        }
        if (!pool && !poolOrdered && drones >= 13 && minerals >= 200) {
            Point2d spot = poolSpot(hatchery.get());
            ofType(own, Units.ZERG_DRONE).stream().findFirst()
                    .ifPresent(d -> actions().unitCommand(d, Abilities.BUILD_SPAWNING_POOL, spot, false));
            return;
        }
        if (drones < 16 && minerals >= 50 && supplyLeft > 0 && (pool || poolOrdered || drones < 13)) {
            actions().unitCommand(larva, Abilities.TRAIN_DRONE, false);
            return;
        }
        Optional<Unit> readyPool = ofType(own, Units.ZERG_SPAWNING_POOL).stream().filter(p -> p.getBuildProgress() >= 1f).findFirst();
        if (readyPool.isPresent()) {
            List<Unit> queens = ofType(own, Units.ZERG_QUEEN);
            boolean queenComing = hatchery.get().getOrders().stream().anyMatch(o -> o.getAbility() == Abilities.TRAIN_QUEEN);
            if (queens.isEmpty() && !queenComing && minerals >= 150 && supplyLeft >= 2) {
                actions().unitCommand(hatchery.get(), Abilities.TRAIN_QUEEN, false);
                return;
            }
            for (Unit queen : queens) {
                if (queen.getEnergy().orElse(0f) >= 25 && queen.getOrders().isEmpty()) {
                    actions().unitCommand(queen, Abilities.EFFECT_INJECT_LARVA, hatchery.get(), false);
                }
            }
            if (minerals >= 50 && supplyLeft >= 1) {
                actions().unitCommand(larva, Abilities.TRAIN_ZERGLING, false);
            }
        }
        List<Unit> lings = ofType(own, Units.ZERG_ZERGLING);
        if (lings.size() >= attackAt && steps.get() % 8 == 0) {
            Point2d target = observation().getUnits(Alliance.ENEMY).stream().map(UnitInPool::unit)
                    .min(Comparator.comparingDouble(u -> u.getPosition().toPoint2d().distance(hatchery.get().getPosition().toPoint2d())))
                    .map(u -> u.getPosition().toPoint2d())
                    .orElseGet(() -> observation().getGameInfo().getStartRaw().map(StartRaw::getStartLocations)
                            .flatMap(s -> s.stream().findFirst()).orElse(hatchery.get().getPosition().toPoint2d()));
            actions().unitCommand(lings, Abilities.ATTACK, target, false);
        }
    }

    private Point2d poolSpot(Unit hatchery) {
        Point2d h = hatchery.getPosition().toPoint2d();
        Point2d mineral = nearestMineral(h).map(m -> m.getPosition().toPoint2d()).orElse(h);
        Point2d away = h.sub(mineral.sub(h));
        Point2d dir = away.sub(h);
        double len = Math.max(0.001, dir.distance(Point2d.of(0, 0)));
        return Point2d.of((float) Math.floor(h.getX() + dir.getX() / len * 6) + 0.5f,
                (float) Math.floor(h.getY() + dir.getY() / len * 6) + 0.5f);
    }

    private Optional<Unit> nearestMineral(Point2d from) {
        return observation().getUnits(Alliance.NEUTRAL).stream().map(UnitInPool::unit)
                .filter(u -> u.getType() == Units.NEUTRAL_MINERAL_FIELD || u.getType() == Units.NEUTRAL_MINERAL_FIELD750)
                .min(Comparator.comparingDouble(u -> u.getPosition().toPoint2d().distance(from)));
    }

    private static List<Unit> ofType(List<Unit> units, Units type) {
        return units.stream().filter(u -> u.getType() == type).collect(Collectors.toList());
    }
}
