package io.wickedzerg.bot.manager;

import com.github.ocraft.s2client.protocol.data.Units;
import io.wickedzerg.bot.core.Manager;
import io.wickedzerg.bot.core.Spending;
import io.wickedzerg.bot.core.StepContext;
import io.wickedzerg.bot.model.Point2;
import io.wickedzerg.bot.model.Product;
import io.wickedzerg.bot.model.StepSnapshot;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Tech after the opening, in a fixed priority: zergling speed, roach warren, lair, roach speed, an
 * evolution chamber and +1 missile / +1 armour. Each waits for the economy it needs.
 */
public final class UpgradeManager implements Manager {

    private final BooleanSupplier openingDone;

    public UpgradeManager(BooleanSupplier openingDone) {
        this.openingDone = openingDone;
    }

    @Override
    public String name() {
        return "upgrades";
    }

    @Override
    public void onStep(StepContext ctx) {
        if (!openingDone.getAsBoolean()) {
            return;
        }
        StepSnapshot snap = ctx.snapshot();
        int drones = snap.drones().size();
        research(ctx, "metabolic_boost");
        if (drones >= 20) {
            structure(ctx, Units.ZERG_ROACH_WARREN);
        }
        if (drones >= 32 && snap.countWithPending(Units.ZERG_LAIR) == 0 && !snap.hasFinished(Units.ZERG_LAIR)
                && snap.hasFinished(Units.ZERG_ROACH_WARREN)) {
            Spending.fromTownhall(ctx, ctx.tech().byName("lair").orElseThrow());
        }
        research(ctx, "glial_reconstitution");
        if (drones >= 40 && snap.hasFinished(Units.ZERG_LAIR)) {
            // Hydralisks: the only anti-air of this bot, against flying units and lifted buildings.
            structure(ctx, Units.ZERG_HYDRALISK_DEN);
        }
        if (drones >= 36) {
            structure(ctx, Units.ZERG_EVOLUTION_CHAMBER);
            research(ctx, "missile_weapons_1");
            research(ctx, "ground_armor_1");
        }
    }

    private static void research(StepContext ctx, String name) {
        Product p = ctx.tech().byName(name).orElseThrow();
        Spending.research(ctx, p);
    }

    private static void structure(StepContext ctx, Units type) {
        if (ctx.snapshot().countWithPending(type) > 0) {
            return;
        }
        Product p = ctx.tech().of(type);
        Optional<Point2> site = ctx.placer().siteFor(p, ctx.snapshot(), Spending.mainBase(ctx),
                (int) (ctx.snapshot().gameLoop() / 224 % 6));
        site.ifPresent(s -> Spending.structureAt(ctx, p, s));
    }
}
