package io.wickedzerg.sim.ai;

import io.wickedzerg.sim.data.UnitFacts;
import io.wickedzerg.sim.engine.view.UnitView;
import io.wickedzerg.sim.map.Point2;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Defends the bases, gathers the army at a rally point and attacks once the profile's time and wave size are
 * reached; an attack lasts until the army falls below the retreat size. The only state kept between turns
 * is whether an attack is on.
 */
final class ArmyDecisions {
    /** Enemies this close to one of our structures are an attack on us. */
    private static final double DEFENSE_RADIUS = 20;
    private static final double RALLY_DISTANCE = 14;

    private boolean attacking;

    boolean attacking() {
        return attacking;
    }

    void act(Turn turn) {
        Set<Integer> armyTypes = ProductionDecisions.mixTypes(turn);
        List<UnitView> army = turn.forces.own().stream()
                .filter(u -> armyTypes.contains(u.type()) && u.isFinished())
                .toList();
        if (army.isEmpty()) {
            return;
        }
        float supply = 0;
        for (UnitView unit : army) {
            supply += turn.units.get(unit.type()).foodRequired();
        }
        Optional<UnitView> threat = threat(turn);
        if (threat.isPresent() && !attacking) {
            attackMove(turn, army, threat.get().position());
            return;
        }
        AttackPlan plan = turn.profile.attack();
        if (attacking && supply < plan.retreatSupply()) {
            attacking = false;
        } else if (!attacking && turn.loop() >= plan.firstAttackLoop() && supply >= plan.waveSupply()) {
            attacking = true;
            attackMove(turn, army, target(turn));
            return;
        }
        if (attacking) {
            attackMove(turn, army.stream().filter(UnitView::isIdle).toList(), target(turn));
        } else {
            Point2 rally = rally(turn);
            attackMove(turn, army.stream().filter(u -> u.isIdle() && u.position().distanceTo(rally) > 6).toList(), rally);
        }
    }

    private static void attackMove(Turn turn, List<UnitView> units, Point2 point) {
        if (!units.isEmpty()) {
            turn.commands.attackMove(units.stream().map(UnitView::tag).toList(), point);
        }
    }

    /** The enemy nearest to our start among those close to any of our structures. */
    private static Optional<UnitView> threat(Turn turn) {
        List<UnitView> structures = turn.forces.own().stream()
                .filter(u -> turn.units.find(u.type()).map(UnitFacts::isStructure).orElse(false))
                .toList();
        return turn.view.enemyUnits().stream()
                .filter(e -> !e.snapshot())
                .filter(e -> structures.stream().anyMatch(s -> s.position().distanceTo(e.position()) < DEFENSE_RADIUS))
                .min(Comparator.comparingDouble((UnitView e) -> e.position().distanceTo(turn.view.startLocation()))
                        .thenComparingLong(UnitView::tag));
    }

    /** The known enemy structure nearest to us, else the enemy start location. */
    private static Point2 target(Turn turn) {
        return turn.view.enemyUnits().stream()
                .filter(e -> turn.units.find(e.type()).map(UnitFacts::isStructure).orElse(false))
                .min(Comparator.comparingDouble((UnitView e) -> e.position().distanceTo(turn.view.startLocation()))
                        .thenComparingLong(UnitView::tag))
                .map(UnitView::position)
                .orElse(turn.view.enemyStartLocations().get(0));
    }

    /** In front of our newest base, towards the enemy. */
    private static Point2 rally(Turn turn) {
        Point2 enemy = turn.view.enemyStartLocations().get(0);
        Point2 home = turn.townhalls().stream()
                .min(Comparator.comparingDouble((UnitView h) -> h.position().distanceTo(enemy)).thenComparingLong(UnitView::tag))
                .map(UnitView::position)
                .orElse(turn.view.startLocation());
        return home.towards(enemy, RALLY_DISTANCE);
    }
}
