package io.wickedzerg.sim.ai;

import java.util.List;

/**
 * What army an AI builds.
 *
 * @param mix            unit types and weights
 * @param producers      production structures it builds of each kind its mix needs (Barracks, Gateway, ...);
 *                       Zerg use it as the number of hatcheries' worth of larva they plan for (queens)
 * @param armySupplyCap  army supply it stops at
 * @param upgrades       researches it starts once their researcher stands
 */
public record ArmyPlan(List<ArmyShare> mix, int producers, int armySupplyCap, List<Integer> upgrades) {
    public ArmyPlan {
        mix = List.copyOf(mix);
        upgrades = List.copyOf(upgrades);
        if (mix.isEmpty() || producers < 1 || armySupplyCap < 1) {
            throw new IllegalArgumentException("invalid army plan");
        }
    }
}
