package io.wickedzerg.bot.manager;

import com.github.ocraft.s2client.protocol.data.Units;
import io.wickedzerg.bot.core.BuildingPlacer;
import io.wickedzerg.bot.core.Manager;
import io.wickedzerg.bot.core.Spending;
import io.wickedzerg.bot.core.StepContext;
import io.wickedzerg.bot.model.Point2;
import io.wickedzerg.bot.model.Product;
import io.wickedzerg.bot.model.StepSnapshot;
import io.wickedzerg.bot.strategy.BuildOrder;
import io.wickedzerg.bot.strategy.BuildStep;
import java.util.HashMap;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Optional;

/**
 * Plays the build order: steps in file order, drones in between until the next step's supply. A step
 * is done once the target count exists or is ordered; a done step stays done (a lost building later
 * is the other managers' business). Each step's supply when done feeds the build-order score.
 */
public final class BuildOrderManager implements Manager {

    /** A step waiting longer than this (game seconds) is skipped, so one impossible step cannot stall the game. */
    static final double STEP_TIMEOUT_SECONDS = 90;

    private final BuildOrder order;
    private final Map<Integer, Integer> doneAtSupply = new HashMap<>();
    private final Map<Integer, Integer> attempts = new HashMap<>();
    private int current;
    private double currentSince = -1;

    public BuildOrderManager(BuildOrder order) {
        this.order = order;
    }

    @Override
    public String name() {
        return "build_order";
    }

    public boolean isFinished() {
        return current >= order.steps().size();
    }

    public BuildOrder order() {
        return order;
    }

    /**
     * 0..1: each step scores 1 when done at its supply, less for each supply it came late (0 at 10
     * late or never), averaged over the steps.
     */
    public double score() {
        double total = 0;
        for (BuildStep step : order.steps()) {
            Integer at = doneAtSupply.get(step.number());
            if (at != null) {
                total += Math.max(0, 1 - Math.max(0, at - step.supply()) / 10.0);
            }
        }
        return order.steps().isEmpty() ? 1 : total / order.steps().size();
    }

    public int stepsDone() {
        return doneAtSupply.size();
    }

    @Override
    public void onStep(StepContext ctx) {
        StepSnapshot snap = ctx.snapshot();
        while (!isFinished() && isDone(order.steps().get(current), snap)) {
            doneAtSupply.put(order.steps().get(current).number(), snap.foodUsed());
            current++;
            currentSince = -1;
        }
        if (isFinished()) {
            return;
        }
        BuildStep step = order.steps().get(current);
        if (currentSince < 0) {
            currentSince = snap.gameSeconds();
        } else if (snap.gameSeconds() - currentSince > STEP_TIMEOUT_SECONDS) {
            current++;
            currentSince = -1;
            return;
        }
        if (snap.foodUsed() < step.supply()) {
            Spending.fromLarva(ctx, ctx.tech().of(Units.ZERG_DRONE));
            return;
        }
        if (!execute(step, ctx)) {
            // Save for the step so the drones made meanwhile do not push it back forever.
            ctx.ledger().hold(step.product().cost());
        }
    }

    boolean isDone(BuildStep step, StepSnapshot snap) {
        Product p = step.product();
        if (p.isUpgrade()) {
            return snap.upgrades().contains(p.upgrade()) || snap.isResearching(p.ability());
        }
        int have = snap.countWithPending(p.unit());
        if (p.unit() == Units.ZERG_HATCHERY) {
            // Lairs and hives were hatcheries.
            have += snap.countWithPending(Units.ZERG_LAIR) + snap.countWithPending(Units.ZERG_HIVE);
        }
        return have >= step.targetCount();
    }

    private boolean execute(BuildStep step, StepContext ctx) {
        Product p = step.product();
        return switch (p.producer()) {
            case LARVA -> {
                boolean any = false;
                int per = io.wickedzerg.bot.model.ZergTech.unitsPerOrder(p);
                int missing = (step.targetCount() - ctx.snapshot().countWithPending(p.unit()) + per - 1) / per;
                for (int i = 0; i < missing && Spending.fromLarva(ctx, p); i++) {
                    any = true;
                }
                yield any;
            }
            case TOWNHALL -> Spending.fromTownhall(ctx, p);
            case RESEARCH -> Spending.research(ctx, p);
            case DRONE -> build(step, ctx);
        };
    }

    private boolean build(BuildStep step, StepContext ctx) {
        Product p = step.product();
        // Each order that went out and did not turn into a building moves the next try to another site.
        int attempt = attempts.getOrDefault(step.number(), 0);
        boolean sent;
        if (p.unit() == Units.ZERG_EXTRACTOR) {
            sent = BuildingPlacer.freeGeyser(ctx.snapshot()).map(g -> Spending.structureOn(ctx, p, g)).orElse(false);
        } else if (p.unit() == Units.ZERG_HATCHERY) {
            Optional<Point2> site = ExpansionManager.nextSite(ctx, attempt);
            sent = site.map(s -> Spending.structureAt(ctx, p, s)).orElse(false);
        } else {
            Optional<Point2> site = ctx.placer().siteFor(p, ctx.snapshot(), Spending.mainBase(ctx), attempt);
            sent = site.map(s -> Spending.structureAt(ctx, p, s)).orElse(false);
        }
        if (sent) {
            attempts.merge(step.number(), 1, Integer::sum);
        }
        return sent;
    }

    /** Steps done and the supply each was done at, for reports. */
    public Map<Integer, Integer> doneAtSupply() {
        return Map.copyOf(doneAtSupply);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("BuildOrderManager{" + order.id() + ", step " + current + "/"
                + order.steps().size());
        for (Entry<Integer, Integer> e : doneAtSupply.entrySet()) {
            b.append(", ").append(e.getKey()).append('@').append(e.getValue());
        }
        return b.append('}').toString();
    }
}
