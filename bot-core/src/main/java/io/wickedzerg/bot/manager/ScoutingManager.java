package io.wickedzerg.bot.manager;

import com.github.ocraft.s2client.protocol.data.Abilities;
import com.github.ocraft.s2client.protocol.data.Units;
import io.wickedzerg.bot.core.Manager;
import io.wickedzerg.bot.core.Role;
import io.wickedzerg.bot.core.StepContext;
import io.wickedzerg.bot.model.Nearest;
import io.wickedzerg.bot.model.Point2;
import io.wickedzerg.bot.model.StepSnapshot;
import io.wickedzerg.bot.model.UnitView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the enemy: one drone visits the possible enemy starts after {@link #DRONE_SCOUT_SECONDS}
 * until the enemy base is seen, then goes back to mining; overlords take posts over our expansions
 * and pull back when enemies come near.
 */
public final class ScoutingManager implements Manager {

    static final double DRONE_SCOUT_SECONDS = 50;
    static final double OVERLORD_DANGER = 11;

    private final Map<Long, Point2> overlordPosts = new HashMap<>();
    private long scoutTag;
    private boolean droneScoutDone;

    @Override
    public String name() {
        return "scouting";
    }

    @Override
    public void onStep(StepContext ctx) {
        droneScout(ctx);
        overlords(ctx);
    }

    private void droneScout(StepContext ctx) {
        StepSnapshot snap = ctx.snapshot();
        if (droneScoutDone || snap.gameSeconds() < DRONE_SCOUT_SECONDS) {
            return;
        }
        UnitView scout = scoutTag == 0 ? null : snap.byTag(scoutTag);
        if (scoutTag != 0 && scout == null) {
            droneScoutDone = true;
            return;
        }
        Optional<Point2> next = nextUnscoutedStart(ctx);
        if (next.isEmpty() || ctx.intel().confirmedStart().isPresent()) {
            if (scout != null) {
                ctx.roles().reassign(scout.tag(), Role.SCOUT, Role.MINERALS);
                ctx.sink().issue(scout, Abilities.MOVE, ctx.map().start());
            }
            droneScoutDone = true;
            return;
        }
        if (scout == null) {
            Optional<UnitView> drone = Nearest.to(next.get(), snap.drones(),
                    d -> ctx.roles().has(d.tag(), Role.MINERALS) && !ctx.sink().hasCommand(d.tag()));
            if (drone.isEmpty() || !ctx.roles().reassign(drone.get().tag(), Role.MINERALS, Role.SCOUT)) {
                return;
            }
            scout = drone.get();
            scoutTag = scout.tag();
        }
        ctx.sink().issue(scout, Abilities.MOVE, next.get());
    }

    private static Optional<Point2> nextUnscoutedStart(StepContext ctx) {
        Point2 from = ctx.map().start();
        return ctx.map().enemyStartCandidates().stream()
                .filter(p -> !ctx.intel().isRuledOut(p))
                .min(java.util.Comparator.comparingDouble(p -> p.distanceSquared(from)));
    }

    private void overlords(StepContext ctx) {
        StepSnapshot snap = ctx.snapshot();
        List<Point2> posts = posts(ctx);
        for (UnitView overlord : snap.mine(Units.ZERG_OVERLORD)) {
            if (!overlord.isFinished()) {
                continue;
            }
            ctx.roles().claim(overlord.tag(), Role.OVERLORD);
            if (!ctx.roles().has(overlord.tag(), Role.OVERLORD)) {
                continue;
            }
            Optional<UnitView> danger = Nearest.to(overlord.pos(), snap.enemies(), e -> !e.snapshot());
            if (danger.isPresent() && danger.get().pos().distance(overlord.pos()) < OVERLORD_DANGER) {
                ctx.sink().issue(overlord, Abilities.MOVE, overlord.pos().towards(ctx.map().start(), 8));
                overlordPosts.remove(overlord.tag());
                continue;
            }
            Point2 post = overlordPosts.get(overlord.tag());
            if (post == null && overlordPosts.size() < posts.size()) {
                post = posts.get(overlordPosts.size());
                overlordPosts.put(overlord.tag(), post);
            }
            if (post != null && overlord.isIdle() && overlord.pos().distance(post) > 2) {
                ctx.sink().issue(overlord, Abilities.MOVE, post);
            }
        }
        overlordPosts.keySet().removeIf(tag -> snap.byTag(tag) == null);
    }

    /** Over our likely bases, nearest first, slightly towards the enemy so they see what comes. */
    private static List<Point2> posts(StepContext ctx) {
        List<Point2> out = new ArrayList<>();
        Point2 enemy = ctx.intel().enemyStart(ctx.map());
        List<Point2> sites = ctx.map().expansions();
        for (int i = 1; i < Math.min(sites.size(), 5); i++) {
            out.add(sites.get(i).towards(enemy, 6));
        }
        return out;
    }
}
