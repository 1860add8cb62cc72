package io.wickedzerg.bot.core;

import io.wickedzerg.bot.model.Cost;
import io.wickedzerg.bot.model.StepSnapshot;
import io.wickedzerg.bot.model.UnitView;
import io.wickedzerg.bot.model.ZergTech;

/**
 * What is left to spend this step. Starts from the bank minus what drones walking to a build site
 * will spend when they arrive (the game takes the money only then); every purchase reserves, so two
 * managers never spend the same minerals.
 */
public final class ResourceLedger {

    private int minerals;
    private int gas;
    private float supply;

    private ResourceLedger(int minerals, int gas, float supply) {
        this.minerals = minerals;
        this.gas = gas;
        this.supply = supply;
    }

    public static ResourceLedger forStep(StepSnapshot snapshot, ZergTech tech) {
        int minerals = snapshot.minerals();
        int gas = snapshot.vespene();
        for (UnitView drone : snapshot.drones()) {
            for (var order : drone.orders()) {
                var product = tech.byAbility(order.ability());
                if (product.isPresent() && product.get().isStructure()) {
                    minerals -= product.get().cost().minerals();
                    gas -= product.get().cost().gas();
                }
            }
        }
        return new ResourceLedger(minerals, gas, snapshot.supplyLeft());
    }

    public static ResourceLedger of(int minerals, int gas, float supply) {
        return new ResourceLedger(minerals, gas, supply);
    }

    public boolean canAfford(Cost cost) {
        return minerals >= cost.minerals() && gas >= cost.gas() && (cost.supply() <= 0 || supply >= cost.supply());
    }

    /** Takes the cost if it is there; otherwise takes nothing. */
    public boolean tryReserve(Cost cost) {
        if (!canAfford(cost)) {
            return false;
        }
        minerals -= cost.minerals();
        gas -= cost.gas();
        supply -= cost.supply();
        return true;
    }

    /**
     * Holds money for something that cannot be bought yet (a drone still walking, a step waiting for
     * its requirement), so cheaper things do not keep delaying it. May go negative.
     */
    public void hold(Cost cost) {
        minerals -= cost.minerals();
        gas -= cost.gas();
    }

    public int minerals() { return minerals; }
    public int gas() { return gas; }
    public float supply() { return supply; }
}
