package io.wickedzerg.bot.manager;

import com.github.ocraft.s2client.protocol.data.Units;
import io.wickedzerg.bot.core.Manager;
import io.wickedzerg.bot.core.Spending;
import io.wickedzerg.bot.core.StepContext;
import io.wickedzerg.bot.model.Product;
import io.wickedzerg.bot.model.StepSnapshot;
import io.wickedzerg.bot.model.UnitView;
import io.wickedzerg.bot.model.ZergTech;
import io.wickedzerg.bot.strategy.StrategyParameter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Spends the larva left after the opening: drones up to the target while the army keeps pace with
 * the clock, otherwise army units in the strategy's mix (the unit furthest below its share first).
 * Under attack, everything goes to army.
 */
public final class ProductionManager implements Manager {

    private final BooleanSupplier openingDone;

    public ProductionManager(BooleanSupplier openingDone) {
        this.openingDone = openingDone;
    }

    @Override
    public String name() {
        return "production";
    }

    @Override
    public void onStep(StepContext ctx) {
        if (!openingDone.getAsBoolean()) {
            return;
        }
        StepSnapshot snap = ctx.snapshot();
        int larvaLeft = snap.larva().size();
        Map<Product, Integer> orderedNow = new LinkedHashMap<>();
        while (larvaLeft-- > 0 && Spending.freeLarva(ctx)) {
            Product next = choose(ctx, orderedNow);
            if (next == null || !Spending.fromLarva(ctx, next)) {
                return;
            }
            orderedNow.merge(next, ZergTech.unitsPerOrder(next), Integer::sum);
        }
    }

    /** What the next larva should become, or null when nothing is worth making. */
    Product choose(StepContext ctx, Map<Product, Integer> orderedNow) {
        StepSnapshot snap = ctx.snapshot();
        boolean threatened = CombatManager.threatNearBases(ctx).isPresent();
        int droneTarget = Math.min(ctx.strategy().getInt(StrategyParameter.DRONE_TARGET),
                EconomyManager.mineralSaturation(snap) + 3 * snap.mine(Units.ZERG_EXTRACTOR).size() + 4);
        double minArmy = ctx.strategy().get(StrategyParameter.ARMY_SUPPLY_PER_MINUTE) * snap.gameSeconds() / 60.0;
        int armySupply = snap.armySupply() + pendingArmySupply(ctx);
        for (var e : orderedNow.entrySet()) {
            if (ZergTech.ARMY.contains(e.getKey().unit())) {
                armySupply += Math.round(e.getValue() * ZergTech.supplyPerUnit(e.getKey()));
            }
        }
        Product army = armyUnit(ctx, orderedNow);
        int dronesOrdered = orderedNow.getOrDefault(ctx.tech().of(Units.ZERG_DRONE), 0);
        boolean wantDrone = snap.workerCount() + dronesOrdered < droneTarget && !threatened
                && (armySupply >= minArmy || army == null);
        if (wantDrone) {
            return ctx.tech().of(Units.ZERG_DRONE);
        }
        return army;
    }

    private static int pendingArmySupply(StepContext ctx) {
        int supply = 0;
        for (var type : ZergTech.ARMY) {
            Product p = ctx.tech().of(type);
            supply += Math.round(ctx.snapshot().inProduction(type) * p.cost().supply()
                    / ZergTech.unitsPerOrder(p));
        }
        return supply;
    }

    /** The available army unit furthest below its weight in the mix; null when none is available. */
    static Product armyUnit(StepContext ctx, Map<Product, Integer> orderedNow) {
        Map<Product, Double> weights = new LinkedHashMap<>();
        Product roach = ctx.tech().of(Units.ZERG_ROACH);
        Product ling = ctx.tech().of(Units.ZERG_ZERGLING);
        if (Spending.requirementMet(ctx, roach)) {
            weights.put(roach, ctx.strategy().get(StrategyParameter.ROACH_WEIGHT));
        }
        if (Spending.requirementMet(ctx, ling)) {
            weights.put(ling, ctx.strategy().get(StrategyParameter.ZERGLING_WEIGHT));
        }
        Product hydra = ctx.tech().of(Units.ZERG_HYDRALISK);
        if (Spending.requirementMet(ctx, hydra)) {
            weights.put(hydra, ctx.strategy().get(StrategyParameter.HYDRALISK_WEIGHT));
        }
        double totalWeight = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        if (weights.isEmpty()) {
            return null;
        }
        if (totalWeight <= 0) {
            return weights.keySet().iterator().next();
        }
        double totalSupply = 0;
        Map<Product, Double> supply = new LinkedHashMap<>();
        for (Product p : weights.keySet()) {
            double s = (ctx.snapshot().countWithPending(p.unit()) + orderedNow.getOrDefault(p, 0))
                    * ZergTech.supplyPerUnit(p);
            supply.put(p, s);
            totalSupply += s;
        }
        Product best = null;
        double bestGap = -Double.MAX_VALUE;
        for (var e : weights.entrySet()) {
            double share = totalSupply <= 0 ? 0 : supply.get(e.getKey()) / totalSupply;
            double gap = e.getValue() / totalWeight - share;
            // Roaches need gas: with too little banked, lings keep the larva busy instead.
            if (e.getKey().cost().gas() > ctx.ledger().gas()) {
                gap -= 1;
            }
            if (gap > bestGap) {
                bestGap = gap;
                best = e.getKey();
            }
        }
        return best;
    }

    static boolean isArmy(UnitView u) {
        return ZergTech.ARMY.contains(u.type());
    }
}
