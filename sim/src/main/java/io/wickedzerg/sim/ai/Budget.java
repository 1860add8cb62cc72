package io.wickedzerg.sim.ai;

import io.wickedzerg.sim.data.Cost;

/**
 * Money left for this decision. Build orders are paid only when the worker arrives, so the AI reserves their
 * cost itself or it would spend the same minerals twice.
 */
final class Budget {
    private int minerals;
    private int vespene;
    private int food;

    Budget(int minerals, int vespene, int freeFood) {
        this.minerals = minerals;
        this.vespene = vespene;
        this.food = freeFood;
    }

    boolean canAfford(Cost cost, float foodRequired) {
        return minerals >= cost.minerals() && vespene >= cost.vespene() && food >= Math.ceil(foodRequired);
    }

    void spend(Cost cost, float foodRequired) {
        minerals -= cost.minerals();
        vespene -= cost.vespene();
        food -= (int) Math.ceil(foodRequired);
    }

    /** Holds back minerals for something more important than what comes next this turn. */
    void reserve(int mineralsToKeep) {
        minerals -= mineralsToKeep;
    }

    int minerals() {
        return minerals;
    }
}
