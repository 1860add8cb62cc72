package io.wickedzerg.bot.manager;

import io.wickedzerg.bot.core.Manager;
import io.wickedzerg.bot.core.Spending;
import io.wickedzerg.bot.core.StepContext;
import io.wickedzerg.bot.model.Product;
import io.wickedzerg.bot.model.StepSnapshot;
import io.wickedzerg.bot.model.UnitView;
import io.wickedzerg.bot.model.ZergTech;
import com.github.ocraft.s2client.protocol.data.Units;

/**
 * Overlords ahead of need: the free supply (counting overlords in eggs) must cover what our larva and
 * townhalls can spend before a new overlord hatches. Before 13 supply the build order decides.
 */
public final class SupplyManager implements Manager {

    static final int EARLIEST_SUPPLY = 13;

    @Override
    public String name() {
        return "supply";
    }

    @Override
    public void onStep(StepContext ctx) {
        StepSnapshot snap = ctx.snapshot();
        if (!needsOverlord(snap)) {
            return;
        }
        Product overlord = ctx.tech().of(Units.ZERG_OVERLORD);
        if (Spending.freeLarva(ctx) && !Spending.fromLarva(ctx, overlord)) {
            // Short of money, not larva: keep the money for it, or drones and lings would keep eating it while we are blocked.
            ctx.ledger().hold(overlord.cost());
        }
    }

    /** Free supply with pending overlords below the buffer, and not enough already on the way. */
    public static boolean needsOverlord(StepSnapshot snap) {
        if (snap.foodUsed() < EARLIEST_SUPPLY || snap.foodCapWithPending() >= 200) {
            return false;
        }
        int free = snap.foodCapWithPending() - snap.foodUsed();
        return free < buffer(snap) && snap.inProduction(Units.ZERG_OVERLORD) < maxInFlight(snap);
    }

    /** About one overlord egg's time (18 s) of spending: 2 supply per townhall plus a base amount. */
    static int buffer(StepSnapshot snap) {
        int halls = 0;
        for (UnitView h : snap.townhalls()) {
            if (h.isFinished()) {
                halls++;
            }
        }
        int base = snap.foodUsed() < 30 ? 2 : 4;
        return base + halls * (snap.foodUsed() < 40 ? 2 : 4);
    }

    static int maxInFlight(StepSnapshot snap) {
        return snap.foodUsed() < 40 ? 1 : snap.foodUsed() < 90 ? 2 : 3;
    }

    static boolean isTownhall(UnitView u) {
        return ZergTech.isTownhall(u.type());
    }
}
