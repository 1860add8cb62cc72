package io.wickedzerg.bot.manager;

import com.github.ocraft.s2client.protocol.data.Abilities;
import com.github.ocraft.s2client.protocol.data.Units;
import io.wickedzerg.bot.core.Manager;
import io.wickedzerg.bot.core.Role;
import io.wickedzerg.bot.core.Spending;
import io.wickedzerg.bot.core.StepContext;
import io.wickedzerg.bot.model.Nearest;
import io.wickedzerg.bot.model.Point2;
import io.wickedzerg.bot.model.StepSnapshot;
import io.wickedzerg.bot.model.UnitView;
import io.wickedzerg.bot.strategy.StrategyParameter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Queens: enough of them ({@code queens_per_base}), one injecting per hatchery, the rest spreading
 * creep; every queen fights enemies that come near our bases.
 */
public final class QueenManager implements Manager {

    static final float INJECT_ENERGY = 25f;
    static final float TUMOR_ENERGY = 25f;
    /** An inject lasts 29 s (650 loops); re-injecting earlier wastes energy. */
    static final long INJECT_PERIOD = 650;
    static final int MAX_QUEENS = 8;

    private final BooleanSupplier openingDone;
    private final Map<Long, Long> lastInjectAt = new HashMap<>();
    private int tumorsPlaced;

    public QueenManager(BooleanSupplier openingDone) {
        this.openingDone = openingDone;
    }

    @Override
    public String name() {
        return "queens";
    }

    @Override
    public void onStep(StepContext ctx) {
        StepSnapshot snap = ctx.snapshot();
        List<UnitView> queens = new ArrayList<>();
        for (UnitView q : snap.mine(Units.ZERG_QUEEN)) {
            if (q.isFinished()) {
                ctx.roles().claim(q.tag(), Role.QUEEN);
                if (ctx.roles().has(q.tag(), Role.QUEEN)) {
                    queens.add(q);
                }
            }
        }
        if (openingDone.getAsBoolean() && snap.countWithPending(Units.ZERG_QUEEN) < wanted(ctx)) {
            Spending.fromTownhall(ctx, ctx.tech().of(Units.ZERG_QUEEN));
        }
        Optional<UnitView> threat = CombatManager.threatNearBases(ctx);
        Set<Long> injectors = new HashSet<>();
        List<UnitView> halls = snap.townhalls().stream().filter(UnitView::isFinished).toList();
        for (UnitView hall : halls) {
            Optional<UnitView> queen = Nearest.to(hall.pos(), queens, q -> !injectors.contains(q.tag()));
            if (queen.isEmpty()) {
                break;
            }
            injectors.add(queen.get().tag());
            if (threat.isEmpty() && queen.get().energy() >= INJECT_ENERGY
                    && snap.gameLoop() - lastInjectAt.getOrDefault(hall.tag(), -INJECT_PERIOD) >= INJECT_PERIOD
                    && ctx.sink().issue(queen.get(), Abilities.EFFECT_INJECT_LARVA, hall)) {
                lastInjectAt.put(hall.tag(), snap.gameLoop());
            }
        }
        for (UnitView queen : queens) {
            if (threat.isPresent() && queen.pos().distance(threat.get().pos()) < 30) {
                ctx.sink().issue(queen, Abilities.ATTACK, threat.get().pos());
            } else if (!injectors.contains(queen.tag()) && queen.energy() >= TUMOR_ENERGY && queen.isIdle()) {
                spreadCreep(ctx, queen);
            } else if (queen.isIdle() && !halls.isEmpty()) {
                UnitView home = Nearest.to(queen.pos(), halls).orElseThrow();
                if (queen.pos().distance(home.pos()) > 8) {
                    ctx.sink().issue(queen, Abilities.MOVE, home.pos().towards(ctx.map().center(), 3));
                }
            }
        }
    }

    private void spreadCreep(StepContext ctx, UnitView queen) {
        // Tumors go out from the queen's base towards the map centre, a little further each time.
        Point2 from = queen.pos();
        double angle = (tumorsPlaced % 5 - 2) * 0.35;
        Point2 toward = from.towards(ctx.map().center(), 6 + (tumorsPlaced % 3));
        double dx = toward.x() - from.x();
        double dy = toward.y() - from.y();
        Point2 site = new Point2(from.x() + dx * Math.cos(angle) - dy * Math.sin(angle),
                from.y() + dx * Math.sin(angle) + dy * Math.cos(angle));
        if (ctx.sink().issue(queen, Abilities.BUILD_CREEP_TUMOR_QUEEN, site)) {
            tumorsPlaced++;
        }
    }

    static int wanted(StepContext ctx) {
        int halls = 0;
        for (UnitView h : ctx.snapshot().townhalls()) {
            if (h.isFinished()) {
                halls++;
            }
        }
        return Math.min(MAX_QUEENS, (int) Math.ceil(halls * ctx.strategy().get(StrategyParameter.QUEENS_PER_BASE)));
    }
}
