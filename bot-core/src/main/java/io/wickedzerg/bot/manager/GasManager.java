package io.wickedzerg.bot.manager;

import com.github.ocraft.s2client.protocol.data.Abilities;
import com.github.ocraft.s2client.protocol.data.Units;
import io.wickedzerg.bot.core.BuildingPlacer;
import io.wickedzerg.bot.core.Manager;
import io.wickedzerg.bot.core.Role;
import io.wickedzerg.bot.core.Spending;
import io.wickedzerg.bot.core.StepContext;
import io.wickedzerg.bot.model.Nearest;
import io.wickedzerg.bot.model.StepSnapshot;
import io.wickedzerg.bot.model.UnitView;
import io.wickedzerg.bot.model.ZergTech;
import io.wickedzerg.bot.strategy.StrategyParameter;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Extractors and their drones: three drones on every finished extractor (always, the opening's gas
 * too); more extractors after the opening as the tech needs gas, up to {@code max_extractors}.
 */
public final class GasManager implements Manager {

    static final int DRONES_PER_EXTRACTOR = 3;
    /** Too much gas in the bank: stop adding extractors. */
    static final int GAS_BANK_CAP = 600;

    private final BooleanSupplier openingDone;
    private final Map<Long, Long> droneToExtractor = new HashMap<>();

    public GasManager(BooleanSupplier openingDone) {
        this.openingDone = openingDone;
    }

    @Override
    public String name() {
        return "gas";
    }

    @Override
    public void onStep(StepContext ctx) {
        StepSnapshot snap = ctx.snapshot();
        droneToExtractor.entrySet().removeIf(e -> snap.byTag(e.getKey()) == null || snap.byTag(e.getValue()) == null
                || !ctx.roles().has(e.getKey(), Role.GAS));
        staff(ctx);
        if (openingDone.getAsBoolean() && wantsMoreExtractors(ctx)) {
            BuildingPlacer.freeGeyser(snap)
                    .ifPresent(g -> Spending.structureOn(ctx, ctx.tech().of(Units.ZERG_EXTRACTOR), g));
        }
    }

    private void staff(StepContext ctx) {
        StepSnapshot snap = ctx.snapshot();
        Map<Long, Integer> staffed = new HashMap<>();
        droneToExtractor.values().forEach(x -> staffed.merge(x, 1, Integer::sum));
        for (var type : ZergTech.EXTRACTORS) {
            for (UnitView extractor : snap.mine(type)) {
                if (!extractor.isFinished()) {
                    continue;
                }
                int missing = DRONES_PER_EXTRACTOR - staffed.getOrDefault(extractor.tag(), 0);
                for (int i = 0; i < missing; i++) {
                    var drone = Nearest.to(extractor.pos(), snap.drones(),
                            d -> ctx.roles().has(d.tag(), Role.MINERALS) && !ctx.sink().hasCommand(d.tag()));
                    if (drone.isEmpty() || !ctx.roles().reassign(drone.get().tag(), Role.MINERALS, Role.GAS)) {
                        break;
                    }
                    droneToExtractor.put(drone.get().tag(), extractor.tag());
                    ctx.sink().issue(drone.get(), Abilities.HARVEST_GATHER, extractor);
                }
            }
        }
        for (var e : droneToExtractor.entrySet()) {
            UnitView drone = snap.byTag(e.getKey());
            if (drone != null && drone.isIdle()) {
                ctx.sink().issue(drone, Abilities.HARVEST_GATHER, snap.byTag(e.getValue()));
            }
        }
    }

    boolean wantsMoreExtractors(StepContext ctx) {
        StepSnapshot snap = ctx.snapshot();
        if (snap.vespene() > GAS_BANK_CAP || snap.inProduction(Units.ZERG_EXTRACTOR) > 0) {
            return false;
        }
        int have = snap.countWithPending(Units.ZERG_EXTRACTOR);
        int wanted = snap.hasFinished(Units.ZERG_ROACH_WARREN) || snap.gameSeconds() > 240 ? 2 : 1;
        if (snap.drones().size() >= 30) {
            wanted = 3;
        }
        if (snap.drones().size() >= 40) {
            wanted = 4 + (snap.townhalls().size() - 3) * 2;
        }
        wanted = Math.min(wanted, ctx.strategy().getInt(StrategyParameter.MAX_EXTRACTORS));
        return have < wanted && snap.drones().size() >= 16;
    }

    public int gasDrones() {
        return droneToExtractor.size();
    }
}
