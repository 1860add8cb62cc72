package io.wickedzerg.bot.manager;

import com.github.ocraft.s2client.protocol.data.Abilities;
import io.wickedzerg.bot.core.Manager;
import io.wickedzerg.bot.core.Role;
import io.wickedzerg.bot.core.StepContext;
import io.wickedzerg.bot.model.Nearest;
import io.wickedzerg.bot.model.Point2;
import io.wickedzerg.bot.model.StepSnapshot;
import io.wickedzerg.bot.model.UnitView;
import io.wickedzerg.bot.model.ZergTech;
import io.wickedzerg.bot.strategy.StrategyParameter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The army: defend when enemies come near a base; otherwise gather at the rally point until the army
 * reaches {@code attack_supply}, then attack as one group (units far behind are reinforcements: they
 * gather at the rally point and join the lead unit together, so nothing trickles in alone); retreat when the army falls under
 * {@code retreat_fraction} of what attacked and the enemy nearby is stronger. Units in a fight focus
 * the weakest enemy in reach.
 */
public final class CombatManager implements Manager {

    enum Mode { GATHER, ATTACK }

    static final double FOCUS_RANGE = 7;
    static final double REINFORCEMENT_DISTANCE = 25;
    static final int REINFORCEMENT_GROUP_SUPPLY = 8;
    static final double CHASE_SECONDS = 60;
    /** A hunt point counts as searched once a unit came this close (well inside sight range). */
    static final double HUNT_SEEN_DISTANCE = 5;
    /** A search point nobody has reached this long after it was handed out is out of reach (a cliff, water). */
    static final double HUNT_GIVE_UP_SECONDS = 90;

    private Mode mode = Mode.GATHER;
    private int supplyAtAttack;
    private final Set<Point2> huntVisited = new HashSet<>();
    private final Map<Long, Point2> huntAssigned = new LinkedHashMap<>();
    private final Map<Point2, Double> huntHandedOutAt = new HashMap<>();
    private long chasedTag;
    private double chasedSince;
    private List<Point2> huntPoints;

    @Override
    public String name() {
        return "combat";
    }

    Mode mode() {
        return mode;
    }

    @Override
    public void onStep(StepContext ctx) {
        StepSnapshot snap = ctx.snapshot();
        List<UnitView> army = new ArrayList<>();
        for (UnitView u : snap.mine()) {
            if (u.isFinished() && ZergTech.ARMY.contains(u.type())) {
                ctx.roles().claim(u.tag(), Role.ARMY);
                if (ctx.roles().has(u.tag(), Role.ARMY)) {
                    army.add(u);
                }
            }
        }
        if (army.isEmpty()) {
            mode = Mode.GATHER;
            return;
        }
        int supply = snap.armySupply();
        Point2 rally = rallyPoint(ctx);
        Optional<UnitView> threat = threatNearBases(ctx);

        if (mode == Mode.ATTACK && supply < supplyAtAttack * ctx.strategy().get(StrategyParameter.RETREAT_FRACTION)
                && enemyStrengthNear(snap, centroid(army), 14) > supply) {
            mode = Mode.GATHER;
            ctx.events().emit("retreat", Map.of("army_supply", supply));
        }
        if (mode == Mode.GATHER && supply >= ctx.strategy().get(StrategyParameter.ATTACK_SUPPLY) && threat.isEmpty()) {
            mode = Mode.ATTACK;
            supplyAtAttack = supply;
            ctx.events().emit("attack_started", Map.of("army_supply", supply, "army_count", army.size()));
        }
        if (snap.foodUsed() >= 190 && mode == Mode.GATHER && threat.isEmpty()) {
            mode = Mode.ATTACK;
            supplyAtAttack = supply;
            ctx.events().emit("attack_started", Map.of("army_supply", supply, "army_count", army.size()));
        }

        if (threat.isPresent() && (mode == Mode.GATHER || defendInstead(ctx, army, threat.get()))) {
            for (UnitView u : army) {
                fight(ctx, u, threat.get().pos());
            }
            return;
        }
        if (mode == Mode.GATHER) {
            for (UnitView u : army) {
                if (!engaged(ctx, u) && u.pos().distance(rally) > 5) {
                    ctx.sink().issue(u, Abilities.ATTACK, rally);
                }
            }
            return;
        }
        attack(ctx, army, rally);
    }

    private void attack(StepContext ctx, List<UnitView> army, Point2 rally) {
        if (nothingKnownOnTheGround(ctx)) {
            // A flyer alone never keeps the enemy in the game (structures do) and may hover where no ground
            // unit can follow: what can shoot it chases it, the rest search the map for structures.
            Optional<UnitView> flyer = Nearest.to(centroid(army), ctx.snapshot().enemies(), e -> !e.snapshot());
            List<UnitView> hunters = new ArrayList<>();
            for (UnitView u : army) {
                if (flyer.isPresent() && ZergTech.HITS_AIR.contains(u.type())) {
                    ctx.sink().issue(u, Abilities.ATTACK, flyer.get().pos());
                } else {
                    hunters.add(u);
                }
            }
            if (!hunters.isEmpty()) {
                hunt(ctx, hunters);
            }
            return;
        }
        Point2 target = attackTarget(ctx, centroid(army));
        // The main group: the units nearest the target, the rest are reinforcements.
        UnitView lead = Nearest.to(target, army).orElseThrow();
        List<UnitView> group = new ArrayList<>();
        List<UnitView> reinforcements = new ArrayList<>();
        Point2 front = centroid(army.stream().filter(u -> u.pos().distance(lead.pos()) < REINFORCEMENT_DISTANCE).toList());
        for (UnitView u : army) {
            (u.pos().distance(front) < REINFORCEMENT_DISTANCE ? group : reinforcements).add(u);
        }
        for (UnitView u : group) {
            if (engaged(ctx, u)) {
                focusFire(ctx, u);
            } else {
                ctx.sink().issue(u, Abilities.ATTACK, target);
            }
        }
        float reinforcementSupply = 0;
        for (UnitView u : reinforcements) {
            reinforcementSupply += ZergTech.supplyPerUnit(ctx.tech().of(u.type()));
        }
        boolean sendReinforcements = reinforcementSupply >= REINFORCEMENT_GROUP_SUPPLY;
        for (UnitView u : reinforcements) {
            if (engaged(ctx, u)) {
                focusFire(ctx, u);
            } else {
                // Enough stragglers follow the group's own way to the target. Sent to the lead unit instead, they
                // once met it head-on in a one-cell pass (the unit nearest the target in a straight line was
                // behind a cliff and walking around) and the whole army stood locked there for an hour.
                ctx.sink().issue(u, Abilities.ATTACK, sendReinforcements ? target : rally);
            }
        }
    }

    /**
     * Attacking: turn back only for a real attack (a scout or a lone unit is the queens' job; an army
     * that turns for every probe never arrives) and only when home is clearly nearer than the target.
     */
    private static boolean defendInstead(StepContext ctx, List<UnitView> army, UnitView threat) {
        int strength = enemyStrengthNear(ctx.snapshot(), threat.pos(), 15);
        if (strength < Math.max(6, ctx.snapshot().armySupply() / 4)) {
            return false;
        }
        Point2 c = centroid(army);
        return c.distance(threat.pos()) < c.distance(ctx.intel().enemyStart(ctx.map())) * 0.6;
    }

    private void fight(StepContext ctx, UnitView u, Point2 where) {
        if (engaged(ctx, u)) {
            focusFire(ctx, u);
        } else {
            ctx.sink().issue(u, Abilities.ATTACK, where);
        }
    }

    private static boolean engaged(StepContext ctx, UnitView u) {
        return Nearest.to(u.pos(), ctx.snapshot().enemies(), e -> !e.snapshot() && !e.flying())
                .map(e -> e.pos().distance(u.pos()) <= FOCUS_RANGE).orElse(false);
    }

    /** The weakest enemy unit in reach (structures only when no unit is), to kill things one at a time. */
    static void focusFire(StepContext ctx, UnitView u) {
        UnitView best = null;
        double bestScore = Double.MAX_VALUE;
        double r2 = FOCUS_RANGE * FOCUS_RANGE;
        for (UnitView e : ctx.snapshot().enemies()) {
            if (e.snapshot() || e.flying() || e.pos().distanceSquared(u.pos()) > r2) {
                continue;
            }
            double score = e.health() + (ZergTech.isStructure(e.type()) ? 10_000 : 0);
            if (score < bestScore) {
                bestScore = score;
                best = e;
            }
        }
        if (best != null) {
            ctx.sink().issue(u, Abilities.ATTACK, best);
        }
    }

    /** Known structures (nearest to the army), then the enemy start, then enemies in sight. */
    Point2 attackTarget(StepContext ctx, Point2 from) {
        Optional<UnitView> structure = ctx.intel().nearestStructure(from);
        if (structure.isPresent() && staleMemory(ctx, structure.get())) {
            ctx.intel().forget(structure.get().tag());
            structure = ctx.intel().nearestStructure(from);
        }
        if (structure.isPresent()) {
            return structure.get().pos();
        }
        Point2 start = ctx.intel().enemyStart(ctx.map());
        if (!ctx.intel().isRuledOut(start)) {
            return start;
        }
        // Ground units first: a flying scout must not lead the whole army around the map.
        Optional<UnitView> visible = Nearest.to(from, ctx.snapshot().enemies(), e -> !e.snapshot() && !e.flying());
        if (visible.isEmpty()) {
            visible = Nearest.to(from, ctx.snapshot().enemies(), e -> !e.snapshot());
        }
        return visible.map(UnitView::pos).orElse(start);
    }

    /** Chased for {@link #CHASE_SECONDS} without ever seeing it again: probably gone or out of reach. */
    private boolean staleMemory(StepContext ctx, UnitView remembered) {
        double now = ctx.snapshot().gameSeconds();
        if (remembered.tag() != chasedTag || ctx.snapshot().byTag(remembered.tag()) != null) {
            chasedTag = remembered.tag();
            chasedSince = now;
            return false;
        }
        return now - chasedSince > CHASE_SECONDS;
    }

    /** No enemy structure known, none on the ground in sight, and their start already searched. */
    private static boolean nothingKnownOnTheGround(StepContext ctx) {
        return ctx.intel().knownStructures().isEmpty()
                && ctx.snapshot().enemies().stream().allMatch(UnitView::flying)
                && ctx.intel().isRuledOut(ctx.intel().enemyStart(ctx.map()));
    }

    /**
     * Nothing left that we know of: the army spreads over the places the enemy may be, the enemy's side
     * first (starts, then base sites, then a grid over the map). Each unit keeps its point until some
     * unit has been there, so the search moves outwards instead of re-targeting every step; when every
     * point has been seen the search starts over.
     */
    private void hunt(StepContext ctx, List<UnitView> army) {
        List<Point2> points = huntPoints(ctx);
        double seen2 = HUNT_SEEN_DISTANCE * HUNT_SEEN_DISTANCE;
        for (UnitView u : army) {
            for (Point2 p : points) {
                if (u.pos().distanceSquared(p) < seen2) {
                    huntVisited.add(p);
                }
            }
        }
        double now = ctx.snapshot().gameSeconds();
        huntHandedOutAt.forEach((p, since) -> {
            if (now - since > HUNT_GIVE_UP_SECONDS) {
                huntVisited.add(p);
            }
        });
        huntHandedOutAt.keySet().removeIf(huntVisited::contains);
        if (huntVisited.size() >= points.size()) {
            huntVisited.clear();
        }
        huntAssigned.values().removeIf(huntVisited::contains);
        Map<Point2, Integer> load = new HashMap<>();
        huntAssigned.values().forEach(p -> load.merge(p, 1, Integer::sum));
        for (UnitView u : army) {
            Point2 p = huntAssigned.get(u.tag());
            if (p == null) {
                p = leastCrowded(points, load);
                huntAssigned.put(u.tag(), p);
                load.merge(p, 1, Integer::sum);
                huntHandedOutAt.putIfAbsent(p, now);
            }
            ctx.sink().issue(u, Abilities.ATTACK, p);
        }
        huntAssigned.keySet().removeIf(tag -> ctx.snapshot().byTag(tag) == null);
    }

    /** The first unseen point (in search order) with the fewest units sent to it. */
    private Point2 leastCrowded(List<Point2> points, Map<Point2, Integer> load) {
        Point2 best = null;
        int bestLoad = Integer.MAX_VALUE;
        for (Point2 p : points) {
            int n = load.getOrDefault(p, 0);
            if (!huntVisited.contains(p) && n < bestLoad) {
                best = p;
                bestLoad = n;
            }
        }
        return best;
    }

    private List<Point2> huntPoints(StepContext ctx) {
        if (huntPoints == null) {
            Point2 enemy = ctx.map().likelyEnemyStart();
            Comparator<Point2> enemySideFirst = Comparator.comparingDouble(p -> p.distanceSquared(enemy));
            List<Point2> sites = new ArrayList<>(ctx.map().expansions());
            sites.sort(enemySideFirst);
            List<Point2> grid = new ArrayList<>();
            double step = 14;
            for (double x = step / 2; x < ctx.map().width(); x += step) {
                for (double y = step / 2; y < ctx.map().height(); y += step) {
                    grid.add(new Point2(x, y));
                }
            }
            grid.sort(enemySideFirst);
            LinkedHashSet<Point2> all = new LinkedHashSet<>(ctx.map().enemyStartCandidates());
            all.addAll(sites);
            all.addAll(grid);
            huntPoints = List.copyOf(all);
        }
        return huntPoints;
    }

    static Point2 rallyPoint(StepContext ctx) {
        Point2 enemy = ctx.intel().enemyStart(ctx.map());
        Optional<UnitView> front = Nearest.to(enemy, ctx.snapshot().townhalls());
        Point2 base = front.map(UnitView::pos).orElse(ctx.map().start());
        return base.towards(enemy, 7);
    }

    /** The enemy nearest to any of our townhalls within {@code defend_radius}; structures count (proxies). */
    public static Optional<UnitView> threatNearBases(StepContext ctx) {
        double r = ctx.strategy().get(StrategyParameter.DEFEND_RADIUS);
        UnitView best = null;
        double bestD = r * r;
        for (UnitView hall : ctx.snapshot().townhalls()) {
            for (UnitView e : ctx.snapshot().enemies()) {
                if (e.snapshot() || ZergTech.WORKERS.contains(e.type()) && !nearHall(e, hall, 12)) {
                    continue;
                }
                double d = e.pos().distanceSquared(hall.pos());
                if (d < bestD) {
                    bestD = d;
                    best = e;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean nearHall(UnitView e, UnitView hall, double r) {
        return e.pos().distanceSquared(hall.pos()) < r * r;
    }

    /** Rough strength of enemy units near a point: their count weighted as supply-like units. */
    static int enemyStrengthNear(StepSnapshot snap, Point2 at, double radius) {
        int n = 0;
        for (UnitView e : snap.enemies()) {
            if (!ZergTech.isStructure(e.type()) && !ZergTech.WORKERS.contains(e.type())
                    && e.pos().distanceSquared(at) < radius * radius) {
                n += 2;
            }
        }
        return n;
    }

    static Point2 centroid(List<UnitView> units) {
        return Point2.centroid(units.stream().map(UnitView::pos).toList());
    }
}
