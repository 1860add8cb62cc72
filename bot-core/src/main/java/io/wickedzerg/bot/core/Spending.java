package io.wickedzerg.bot.core;

import io.wickedzerg.bot.model.Nearest;
import io.wickedzerg.bot.model.Point2;
import io.wickedzerg.bot.model.Product;
import io.wickedzerg.bot.model.UnitView;
import java.util.Optional;

/**
 * The common ways to buy something, each paying through the ledger and ordering through the sink:
 * a unit from larva, a queen or morph from a townhall, research from its building, a structure by a
 * borrowed drone. Returns true when the order went out.
 */
public final class Spending {

    private Spending() {
    }

    public static boolean fromLarva(StepContext ctx, Product product) {
        if (!requirementMet(ctx, product)) {
            return false;
        }
        for (UnitView larva : ctx.snapshot().larva()) {
            if (ctx.sink().hasCommand(larva.tag())) {
                continue;
            }
            if (!ctx.ledger().tryReserve(product.cost())) {
                return false;
            }
            return ctx.sink().issue(larva, product.ability());
        }
        return false;
    }

    public static boolean freeLarva(StepContext ctx) {
        for (UnitView larva : ctx.snapshot().larva()) {
            if (!ctx.sink().hasCommand(larva.tag())) {
                return true;
            }
        }
        return false;
    }

    /** Queen or lair: an idle finished townhall of the right kind. */
    public static boolean fromTownhall(StepContext ctx, Product product) {
        if (!requirementMet(ctx, product)) {
            return false;
        }
        for (UnitView hall : ctx.snapshot().mine(product.madeBy())) {
            if (hall.isFinished() && hall.isIdle() && !ctx.sink().hasCommand(hall.tag())) {
                return ctx.ledger().tryReserve(product.cost()) && ctx.sink().issue(hall, product.ability());
            }
        }
        for (UnitView hall : ctx.snapshot().townhalls()) {
            if (product.madeBy() != hall.type() && product.unit() != null
                    && product.unit().equals(com.github.ocraft.s2client.protocol.data.Units.ZERG_QUEEN)
                    && hall.isFinished() && hall.isIdle() && !ctx.sink().hasCommand(hall.tag())) {
                return ctx.ledger().tryReserve(product.cost()) && ctx.sink().issue(hall, product.ability());
            }
        }
        return false;
    }

    public static boolean research(StepContext ctx, Product product) {
        if (!requirementMet(ctx, product) || ctx.snapshot().upgrades().contains(product.upgrade())
                || ctx.snapshot().isResearching(product.ability())) {
            return false;
        }
        for (UnitView building : ctx.snapshot().mine(product.madeBy())) {
            if (building.isFinished() && building.isIdle() && !ctx.sink().hasCommand(building.tag())) {
                return ctx.ledger().tryReserve(product.cost()) && ctx.sink().issue(building, product.ability());
            }
        }
        return false;
    }

    /** Sends a borrowed drone to build at {@code site}; the money is held by the ledger until it lands. */
    public static boolean structureAt(StepContext ctx, Product product, Point2 site) {
        if (!requirementMet(ctx, product) || !ctx.ledger().canAfford(product.cost())) {
            return false;
        }
        Optional<UnitView> drone = ctx.builders().borrow(ctx, site);
        if (drone.isEmpty()) {
            return false;
        }
        ctx.ledger().tryReserve(product.cost());
        return ctx.sink().issue(drone.get(), product.ability(), site);
    }

    public static boolean structureOn(StepContext ctx, Product product, UnitView target) {
        if (!requirementMet(ctx, product) || !ctx.ledger().canAfford(product.cost())) {
            return false;
        }
        Optional<UnitView> drone = ctx.builders().borrow(ctx, target.pos());
        if (drone.isEmpty()) {
            return false;
        }
        ctx.ledger().tryReserve(product.cost());
        return ctx.sink().issue(drone.get(), product.ability(), target);
    }

    public static boolean requirementMet(StepContext ctx, Product product) {
        return product.requires() == null || ctx.snapshot().hasFinished(product.requires());
    }

    /** Main base position for tech buildings: the first finished townhall, else our start. */
    public static Point2 mainBase(StepContext ctx) {
        return Nearest.to(ctx.map().start(), ctx.snapshot().townhalls(), UnitView::isFinished)
                .map(UnitView::pos).orElse(ctx.map().start());
    }
}
