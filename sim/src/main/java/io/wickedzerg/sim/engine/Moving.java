package io.wickedzerg.sim.engine;

import io.wickedzerg.sim.data.Race;
import io.wickedzerg.sim.data.UnitTypeIds;
import io.wickedzerg.sim.engine.command.Target;
import io.wickedzerg.sim.map.Point2;

import java.util.List;

/**
 * Moves units along their current order: flyers straight, ground units along A* paths around terrain and
 * structures ({@link Separation} keeps them from overlapping). Speeds are game_data's per normal-speed second,
 * i.e. per 16 loops.
 */
final class Moving {
    static final int BLOCKED_LOOPS = 16;
    static final double CROWD_RADIUS = 8;
    static final double CREEP_FACTOR = 1.3;
    static final double QUEEN_CREEP_FACTOR = 2.5 / 0.9375;
    private static final double PROGRESS = 0.05;

    private final Game game;

    Moving(Game game) {
        this.game = game;
    }

    void tick(List<SimUnit> units) {
        for (SimUnit u : units) {
            if (!u.alive || u.isStructure() || !u.finished()) {
                continue;
            }
            Order order = u.currentOrder();
            if (order instanceof Order.Move move) {
                Point2 goal = goalOf(move.target());
                if (goal == null) {
                    u.orders.pollFirst();
                    u.clearPath();
                    continue;
                }
                boolean following = move.target() instanceof Target.OnUnit;
                boolean arrived = stepTowards(u, goal, following ? 1.5 : 0.1);
                if (!following && (arrived || blocked(u, move, goal))) {
                    u.orders.pollFirst();
                    u.clearPath();
                }
            } else if (order instanceof Order.Patrol patrol && u.facts.weapons().isEmpty()) {
                patrol(u, patrol); // armed patrols walk in Fighting, between fights
            }
        }
    }

    /** One loop of a patrol: towards its far end, and at the end (or blocked near it) turning back. */
    void patrol(SimUnit u, Order.Patrol patrol) {
        if (stepTowards(u, patrol.to(), 0.5) || blocked(u, patrol, patrol.to())) {
            u.orders.pollFirst();
            u.orders.addFirst(new Order.Patrol(patrol.to(), patrol.from()));
            u.clearPath();
        }
    }

    /**
     * Cells a unit walks this loop: Zerg ground units other than workers are 30% faster on creep, queens
     * 2.67 times (2.5 instead of 0.9375), as in the real game.
     */
    double speedOf(SimUnit u) {
        double speed = u.facts.speedPerLoop();
        if (u.facts.race() != Race.ZERG || u.facts.flying() || u.facts.worker()
                || !game.creep.has((int) Math.floor(u.x), (int) Math.floor(u.y))) {
            return speed;
        }
        return speed * (u.facts.id() == UnitTypeIds.QUEEN ? QUEEN_CREEP_FACTOR : CREEP_FACTOR);
    }

    /**
     * Whether a unit walking to a point has stopped getting closer for {@value #BLOCKED_LOOPS} loops within
     * {@value #CROWD_RADIUS} cells of it: in a crowd sent to one spot only the first can stand on it, and the
     * others (pushed back by {@link Separation}) count as arrived, as in the real game. Farther away a unit
     * keeps trying (a crowd spreading out at the start of a long walk is not blocked).
     */
    boolean blocked(SimUnit u, Order order, Point2 goal) {
        double distance = goal.distanceTo(u.x, u.y);
        if (distance > CROWD_RADIUS) {
            u.progressOrder = null;
            return false;
        }
        if (u.progressOrder != order || distance < u.closestToGoal - PROGRESS) {
            u.progressOrder = order;
            u.closestToGoal = distance;
            u.loopsWithoutProgress = 0;
            return false;
        }
        return ++u.loopsWithoutProgress >= BLOCKED_LOOPS;
    }

    private Point2 goalOf(Target target) {
        if (target instanceof Target.At at) {
            return at.point();
        }
        SimUnit unit = game.unit(((Target.OnUnit) target).tag());
        return unit == null ? null : unit.position();
    }

    /** Moves one loop towards {@code goal}; true once within {@code arrive} cells of it. */
    boolean stepTowards(SimUnit u, Point2 goal, double arrive) {
        double distance = goal.distanceTo(u.x, u.y);
        if (distance <= arrive) {
            return true;
        }
        double step = speedOf(u);
        if (step <= 0) {
            return false;
        }
        Point2 next = goal;
        if (!u.facts.flying()) {
            if (u.pathGoal == null || u.pathGoal.distanceTo(goal) > 0.75 || u.pathVersion != game.ground.version()) {
                PathFinder.Path path = game.paths.find(u.position(), goal);
                u.path = path.reachable() ? path.waypoints() : List.of();
                u.pathIndex = 0;
                u.pathGoal = goal;
                u.pathVersion = game.ground.version();
                if (!path.reachable()) {
                    return true; // give up: nowhere to go
                }
            }
            while (u.pathIndex < u.path.size() - 1 && u.path.get(u.pathIndex).distanceTo(u.x, u.y) < step) {
                u.pathIndex++;
            }
            if (u.pathIndex < u.path.size()) {
                next = u.path.get(u.pathIndex);
            }
        }
        moveStraight(u, next, step);
        return goal.distanceTo(u.x, u.y) <= arrive;
    }

    /**
     * Moves straight (ignoring pathing) as workers do while mining, speeding up from a stop and slowing down
     * before {@code goal} (see {@link WorkerMotion}). True once within {@code arrive}, with the unit stopped.
     */
    boolean stepStraight(SimUnit u, Point2 goal, double arrive) {
        double remaining = goal.distanceTo(u.x, u.y) - arrive;
        if (remaining <= 1e-6) {
            u.speed = 0;
            return true;
        }
        double step = WorkerMotion.nextStep(u.speed, remaining, u.facts.speedPerLoop());
        u.speed = step;
        moveStraight(u, goal, step);
        if (goal.distanceTo(u.x, u.y) - arrive <= 1e-6) {
            u.speed = 0;
            return true;
        }
        return false;
    }

    private static void moveStraight(SimUnit u, Point2 to, double step) {
        double dx = to.x() - u.x;
        double dy = to.y() - u.y;
        double d = StrictMath.hypot(dx, dy);
        if (d == 0) {
            return;
        }
        u.facing = (float) StrictMath.atan2(dy, dx);
        if (d <= step) {
            u.x = to.x();
            u.y = to.y();
        } else {
            u.x += dx / d * step;
            u.y += dy / d * step;
        }
    }
}
