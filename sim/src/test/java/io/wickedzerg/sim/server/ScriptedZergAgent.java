package io.wickedzerg.sim.server;

import com.github.ocraft.s2client.bot.S2Agent;
import com.github.ocraft.s2client.bot.gateway.UnitInPool;
import com.github.ocraft.s2client.protocol.data.Abilities;
import com.github.ocraft.s2client.protocol.data.Units;
import com.github.ocraft.s2client.protocol.game.raw.StartRaw;
import com.github.ocraft.s2client.protocol.observation.Alert;
import com.github.ocraft.s2client.protocol.observation.PlayerResult;
import com.github.ocraft.s2client.protocol.spatial.Point2d;
import com.github.ocraft.s2client.protocol.unit.Alliance;
import com.github.ocraft.s2client.protocol.unit.Unit;

import io.wickedzerg.bot.ocraft.ResponseStreamFix;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * A small scripted Zerg macro agent for the proofs (not the bot): drones to 16, overlords ahead of supply, a
 * spawning pool at 13 drones, a queen that injects, then zerglings from every larva. Once it has a pack it
 * attacks and keeps sending every zergling: at the nearest known enemy structure, else the enemy start,
 * else every base location in turn (the game ends when the enemy has no structures left). It records the
 * client events it receives.
 */
class ScriptedZergAgent extends S2Agent {
    private static final Set<Units> MINERALS = Set.of(Units.NEUTRAL_MINERAL_FIELD, Units.NEUTRAL_MINERAL_FIELD750);

    final AtomicInteger unitsCreated = new AtomicInteger();
    final AtomicInteger unitsIdle = new AtomicInteger();
    final AtomicInteger constructionsCompleted = new AtomicInteger();
    final AtomicInteger unitsDestroyed = new AtomicInteger();
    final AtomicInteger steps = new AtomicInteger();
    final Set<Alert> alerts = ConcurrentHashMap.newKeySet();
    volatile boolean gameEnded;
    volatile List<PlayerResult> results = List.of();
    volatile long lastLoop;
    volatile int maxDrones;
    volatile int maxZerglings;
    volatile long collectedMinerals;
    private final int attackAt;
    private boolean attacking;
    private List<Point2d> searchSpots;
    private int searchIndex;

    ScriptedZergAgent(int attackAt) {
        // as the bot does: without it ocraft can drop a response on a busy machine and wait a minute for it
        ResponseStreamFix.install();
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
        alerts.addAll(observation().getRawObservation().getAlerts());
        collectedMinerals = (long) observation().getScore().getDetails().getCollectedMinerals();
        List<Unit> own = observation().getUnits(Alliance.SELF).stream().map(UnitInPool::unit).collect(Collectors.toList());
        Optional<Unit> hatchery = ofType(own, Units.ZERG_HATCHERY).stream().findFirst();
        if (hatchery.isEmpty()) {
            return;
        }
        List<Unit> drones = ofType(own, Units.ZERG_DRONE);
        maxDrones = Math.max(maxDrones, drones.size());
        // units idle since the start get no onUnitIdle (ocraft skips events at loop 0), so look here too
        drones.stream().filter(d -> d.getOrders().isEmpty()).forEach(d ->
                nearestMineral(d.getPosition().toPoint2d()).ifPresent(m -> actions().unitCommand(d, Abilities.SMART, m, false)));
        macro(own, hatchery.get(), drones);
        army(own, hatchery.get());
    }

    private void macro(List<Unit> own, Unit hatchery, List<Unit> drones) {
        int minerals = observation().getMinerals();
        int supplyLeft = observation().getFoodCap() - observation().getFoodUsed();
        List<Unit> larvae = new ArrayList<>(ofType(own, Units.ZERG_LARVA));
        boolean pool = !ofType(own, Units.ZERG_SPAWNING_POOL).isEmpty();
        boolean poolOrdered = ordered(own, Abilities.BUILD_SPAWNING_POOL);
        boolean poolReady = ofType(own, Units.ZERG_SPAWNING_POOL).stream().anyMatch(p -> p.getBuildProgress() >= 1f);
        long overlordsComing = own.stream().filter(u -> u.getOrders().stream()
                .anyMatch(o -> o.getAbility() == Abilities.TRAIN_OVERLORD)).count();
        // supply ahead of a zergling flood: one overlord in flight per 8 free supply short of 8
        int wantedOverlords = supplyLeft <= (poolReady ? 6 : 2) ? (poolReady ? 2 : 1) : 0;
        while (overlordsComing < wantedOverlords && minerals >= 100 && !larvae.isEmpty() && observation().getFoodCap() < 200) {
            actions().unitCommand(larvae.remove(0), Abilities.TRAIN_OVERLORD, false);
            minerals -= 100;
            overlordsComing++;
        }
        if (!pool && !poolOrdered && drones.size() >= 13) {
            if (minerals >= 200) {
                Point2d spot = poolSpot(hatchery);
                drones.stream().findFirst().ifPresent(d -> actions().unitCommand(d, Abilities.BUILD_SPAWNING_POOL, spot, false));
            }
            return; // save for the pool
        }
        int droneCount = drones.size();
        while (droneCount < 16 && minerals >= 50 && supplyLeft > 0 && !larvae.isEmpty()
                && (droneCount < 13 || pool || poolOrdered)) {
            actions().unitCommand(larvae.remove(0), Abilities.TRAIN_DRONE, false);
            minerals -= 50;
            supplyLeft--;
            droneCount++;
        }
        if (!poolReady) {
            return;
        }
        List<Unit> queens = ofType(own, Units.ZERG_QUEEN);
        if (queens.isEmpty() && !ordered(own, Abilities.TRAIN_QUEEN)) {
            if (minerals >= 150 && supplyLeft >= 2) {
                actions().unitCommand(hatchery, Abilities.TRAIN_QUEEN, false);
                minerals -= 150;
                supplyLeft -= 2;
            }
        }
        for (Unit queen : queens) {
            if (queen.getEnergy().orElse(0f) >= 25 && queen.getOrders().isEmpty()) {
                actions().unitCommand(queen, Abilities.EFFECT_INJECT_LARVA, hatchery, false);
            }
        }
        while (minerals >= 50 && supplyLeft >= 1 && !larvae.isEmpty()) {
            actions().unitCommand(larvae.remove(0), Abilities.TRAIN_ZERGLING, false);
            minerals -= 50;
            supplyLeft--;
        }
    }

    private void army(List<Unit> own, Unit hatchery) {
        List<Unit> lings = ofType(own, Units.ZERG_ZERGLING);
        maxZerglings = Math.max(maxZerglings, lings.size());
        // attack as one wave; a broken wave regroups at home instead of trickling in one by one
        if (!attacking && lings.size() >= attackAt) {
            attacking = true;
        } else if (attacking && lings.size() < attackAt / 3) {
            attacking = false;
        }
        if (lings.isEmpty()) {
            return;
        }
        Point2d home = hatchery.getPosition().toPoint2d();
        List<Unit> enemies = observation().getUnits(Alliance.ENEMY).stream().map(UnitInPool::unit).collect(Collectors.toList());
        if (!attacking) {
            enemies.stream().filter(e -> e.getDisplayType() == com.github.ocraft.s2client.protocol.unit.DisplayType.VISIBLE)
                    .filter(e -> e.getPosition().toPoint2d().distance(home) < 25)
                    .min(Comparator.comparingDouble(e -> e.getPosition().toPoint2d().distance(home)))
                    .ifPresent(e -> actions().unitCommand(lings, Abilities.ATTACK, e.getPosition().toPoint2d(), false));
            return;
        }
        Optional<Point2d> structure = enemies.stream()
                .filter(u -> observation().getUnitTypeData(false).get(u.getType()) != null
                        && observation().getUnitTypeData(false).get(u.getType()).getAttributes().contains(
                        com.github.ocraft.s2client.protocol.data.UnitAttribute.STRUCTURE))
                .map(u -> u.getPosition().toPoint2d())
                .min(Comparator.comparingDouble(p -> p.distance(home)));
        Point2d target;
        if (structure.isPresent()) {
            target = structure.get();
        } else {
            // nothing known: walk the enemy start, then every base, one after another as lings reach each
            List<Point2d> spots = searchSpots();
            Point2d spot = spots.get(searchIndex % spots.size());
            boolean reached = lings.stream().anyMatch(l -> l.getPosition().toPoint2d().distance(spot) < 4);
            if (reached) {
                searchIndex++;
            }
            target = spots.get(searchIndex % spots.size());
        }
        List<Unit> toSend = lings.stream().filter(l -> l.getOrders().isEmpty()
                || l.getOrders().get(0).getTargetedWorldSpacePosition().map(p -> p.toPoint2d().distance(target) > 3).orElse(false))
                .collect(Collectors.toList());
        if (!toSend.isEmpty()) {
            actions().unitCommand(toSend, Abilities.ATTACK, target, false);
        }
    }

    private List<Point2d> searchSpots() {
        if (searchSpots == null) {
            List<Point2d> spots = new ArrayList<>(observation().getGameInfo().getStartRaw().map(StartRaw::getStartLocations)
                    .orElse(Set.of()));
            List<Point2d> minerals = observation().getUnits(Alliance.NEUTRAL).stream().map(UnitInPool::unit)
                    .filter(u -> MINERALS.contains(u.getType())).map(u -> u.getPosition().toPoint2d()).toList();
            for (Point2d m : minerals) {
                if (spots.stream().noneMatch(s -> s.distance(m) < 12)) {
                    spots.add(m);
                }
            }
            Point2d home = observation().getStartLocation().toPoint2d();
            spots.removeIf(s -> s.distance(home) < 12);
            searchSpots = spots;
        }
        return searchSpots;
    }

    private static boolean ordered(List<Unit> own, Abilities ability) {
        return own.stream().anyMatch(u -> u.getOrders().stream().anyMatch(o -> o.getAbility() == ability));
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
                .filter(u -> MINERALS.contains(u.getType()))
                .min(Comparator.comparingDouble(u -> u.getPosition().toPoint2d().distance(from)));
    }

    private static List<Unit> ofType(List<Unit> units, Units type) {
        return units.stream().filter(u -> u.getType() == type).collect(Collectors.toList());
    }
}
