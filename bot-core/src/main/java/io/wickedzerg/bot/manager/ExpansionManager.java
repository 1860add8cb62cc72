package io.wickedzerg.bot.manager;

import com.github.ocraft.s2client.protocol.data.Units;
import io.wickedzerg.bot.core.Manager;
import io.wickedzerg.bot.core.Spending;
import io.wickedzerg.bot.core.StepContext;
import io.wickedzerg.bot.model.Point2;
import io.wickedzerg.bot.model.Product;
import io.wickedzerg.bot.model.StepSnapshot;
import io.wickedzerg.bot.model.UnitView;
import io.wickedzerg.bot.model.ZergTech;
import io.wickedzerg.bot.strategy.StrategyParameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Takes the next base when it is time (every {@code expand_interval_seconds}) or when the bases we
 * have are saturated, up to {@code max_bases}; one hatchery at a time, at a free site the placement
 * check accepts.
 */
public final class ExpansionManager implements Manager {

    private final BooleanSupplier openingDone;
    private double lastExpansionSeconds;

    public ExpansionManager(BooleanSupplier openingDone) {
        this.openingDone = openingDone;
    }

    @Override
    public String name() {
        return "expansion";
    }

    @Override
    public void onStep(StepContext ctx) {
        StepSnapshot snap = ctx.snapshot();
        if (!openingDone.getAsBoolean()) {
            return;
        }
        int bases = snap.townhalls().size() + snap.inProduction(Units.ZERG_HATCHERY)
                - countUnfinishedHatcheries(snap);
        if (snap.inProduction(Units.ZERG_HATCHERY) > 0) {
            lastExpansionSeconds = snap.gameSeconds();
            return;
        }
        if (bases >= ctx.strategy().getInt(StrategyParameter.MAX_BASES) || underThreat(ctx)) {
            return;
        }
        boolean due = snap.gameSeconds() - lastExpansionSeconds >= ctx.strategy().get(StrategyParameter.EXPAND_INTERVAL_SECONDS);
        boolean saturated = snap.drones().size() >= EconomyManager.mineralSaturation(snap) * 0.85 + 6;
        if (!due && !saturated) {
            return;
        }
        Product hatchery = ctx.tech().of(Units.ZERG_HATCHERY);
        Optional<Point2> site = nextSite(ctx, 0);
        if (site.isEmpty()) {
            return;
        }
        if (Spending.structureAt(ctx, hatchery, site.get())) {
            lastExpansionSeconds = snap.gameSeconds();
        } else if (ctx.ledger().minerals() >= 150) {
            ctx.ledger().hold(hatchery.cost());
        }
    }

    private static int countUnfinishedHatcheries(StepSnapshot snap) {
        int n = 0;
        for (UnitView h : snap.mine(Units.ZERG_HATCHERY)) {
            if (!h.isFinished()) {
                n++;
            }
        }
        return n;
    }

    private static boolean underThreat(StepContext ctx) {
        double r = ctx.strategy().get(StrategyParameter.DEFEND_RADIUS);
        for (UnitView hall : ctx.snapshot().townhalls()) {
            for (UnitView e : ctx.snapshot().enemies()) {
                if (!ZergTech.isStructure(e.type()) && e.pos().distanceSquared(hall.pos()) < r * r) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The {@code skip}-th free expansion site nearest to our start: no townhall on it, no known enemy
     * structure near it, and accepted by the placement check.
     */
    public static Optional<Point2> nextSite(StepContext ctx, int skip) {
        Product hatchery = ctx.tech().of(Units.ZERG_HATCHERY);
        List<Point2> free = new ArrayList<>();
        for (Point2 site : ctx.map().expansions()) {
            if (occupied(ctx, site) || !ctx.placer().accepts(hatchery, site)) {
                continue;
            }
            free.add(site);
        }
        if (free.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(free.get(Math.min(skip, free.size() - 1)));
    }

    static boolean occupied(StepContext ctx, Point2 site) {
        for (UnitView u : ctx.snapshot().mine()) {
            if (ZergTech.isTownhall(u.type()) && u.pos().distanceSquared(site) < 36) {
                return true;
            }
        }
        for (UnitView s : ctx.intel().knownStructures()) {
            if (s.pos().distanceSquared(site) < 12 * 12) {
                return true;
            }
        }
        for (UnitView e : ctx.snapshot().enemies()) {
            if (e.pos().distanceSquared(site) < 8 * 8) {
                return true;
            }
        }
        return ctx.map().enemyStartCandidates().stream().anyMatch(s -> s.distanceSquared(site) < 36)
                && !ctx.intel().isRuledOut(nearestStart(ctx, site));
    }

    private static Point2 nearestStart(StepContext ctx, Point2 site) {
        return ctx.map().enemyStartCandidates().stream()
                .min(java.util.Comparator.comparingDouble(s -> s.distanceSquared(site))).orElse(site);
    }
}
