package io.wickedzerg.sim.engine;

import io.wickedzerg.sim.data.UnitFacts;
import io.wickedzerg.sim.map.Point2;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** The engine's mutable state of one unit. Only the engine's systems touch it, on the game thread. */
final class SimUnit {
    enum HarvestPhase { TO_RESOURCE, WAITING, MINING, PAUSE, TO_DROP_OFF }

    final long tag;
    final int owner;
    UnitFacts facts;
    double x;
    double y;
    float facing;
    double health;
    double shield;
    double energy;
    /** Loops of construction done; equals the build time once finished. */
    double builtLoops;
    double buildLoops;
    boolean alive = true;

    final Deque<Order> orders = new ArrayDeque<>();
    final Deque<Production> queue = new ArrayDeque<>();
    Point2 rally;
    long rallyTarget;        // the unit the rally point is on (a mineral field: workers made here gather it); 0 for a point

    // harvesting
    HarvestPhase phase = HarvestPhase.TO_RESOURCE;
    int phaseLoops;
    int cargoMinerals;
    int cargoVespene;
    int mineralContents;
    int vespeneContents;
    /** For resources and extractors: the loop until which a worker occupies it. */
    long occupiedUntil;
    long occupant;
    /** A harvesting worker's current speed in cells per loop (workers accelerate; see {@link WorkerMotion}). */
    double speed;

    // combat
    double weaponCooldown;
    long engagedTarget;
    int lastDamagedLoop = -1000;

    // terran
    long addOnTag;          // a Barracks, Factory or Starport's tech lab or reactor; 0 for none

    // zerg
    long hatchery;          // a larva's hatchery
    double larvaTimer;
    double injectLoopsLeft;  // > 0 while an inject is pending on a hatchery
    int injectsQueued;       // injects that start on this hatchery when the running one ends
    boolean tumorSpent;      // a burrowed creep tumor has planted its one child

    // movement
    List<Point2> path = List.of();
    int pathIndex;
    Point2 pathGoal;
    long pathVersion = -1;
    /** The walk-to-a-point order being watched for progress, its best distance so far, loops since. */
    Order progressOrder;
    double closestToGoal;
    int loopsWithoutProgress;

    SimUnit(long tag, int owner, UnitFacts facts, double x, double y) {
        this.tag = tag;
        this.owner = owner;
        this.facts = facts;
        this.x = x;
        this.y = y;
        this.health = facts.hp();
        this.shield = facts.shields();
        this.energy = facts.startEnergy();
        this.buildLoops = facts.buildTime();
        this.builtLoops = this.buildLoops;
    }

    boolean finished() {
        return builtLoops >= buildLoops;
    }

    float buildProgress() {
        return buildLoops <= 0 ? 1f : (float) Math.min(1.0, builtLoops / buildLoops);
    }

    Point2 position() {
        return Point2.of(x, y);
    }

    double distanceTo(SimUnit other) {
        double dx = other.x - x;
        double dy = other.y - y;
        return Math.sqrt(dx * dx + dy * dy); // not Math.hypot: several times slower, and no overflow to fear here
    }

    /** Distance between the edges of two units. */
    double gapTo(SimUnit other) {
        return Math.max(0, distanceTo(other) - facts.radius() - other.facts.radius());
    }

    Order currentOrder() {
        return orders.peekFirst();
    }

    boolean isStructure() {
        return facts.isStructure();
    }

    void clearPath() {
        path = List.of();
        pathIndex = 0;
        pathGoal = null;
    }
}
