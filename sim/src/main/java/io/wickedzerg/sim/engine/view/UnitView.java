package io.wickedzerg.sim.engine.view;

import io.wickedzerg.sim.map.Point2;

import java.util.List;
import java.util.Objects;

/**
 * An immutable picture of one unit at one game loop, as one player may see it. Snapshots (enemy structures
 * remembered from earlier, resources outside vision) carry {@code snapshot = true} and no live details.
 *
 * @param owner player id; 16 for neutral units, as in the SC2 API
 * @param powered a Protoss structure inside a pylon's field (false for everything else, as in the SC2 API)
 * @param rally where an own producer sends what it makes; null when it has no rally point
 * @param rallyTag the unit the rally point is on (0 for a point on the ground)
 * @param larvaInjected a hatchery, lair or hive whose inject is running (the game's QueenSpawnLarvaTimer buff)
 */
public record UnitView(
        long tag,
        int type,
        int owner,
        Point2 position,
        float facing,
        float radius,
        float health,
        float healthMax,
        float shield,
        float shieldMax,
        float energy,
        float energyMax,
        float buildProgress,
        boolean flying,
        boolean snapshot,
        List<OrderView> orders,
        int mineralContents,
        int vespeneContents,
        boolean carryingMinerals,
        boolean carryingVespene,
        int assignedHarvesters,
        int idealHarvesters,
        float weaponCooldown,
        long engagedTargetTag,
        long addOnTag,
        UpgradeLevels upgradeLevels,
        boolean powered,
        Point2 rally,
        long rallyTag,
        boolean larvaInjected) {

    public UnitView {
        orders = List.copyOf(orders);
        java.util.Objects.requireNonNull(upgradeLevels, "upgradeLevels");
    }

    /**
     * Written out rather than left to the record: the observation encoder compares every unit with its last picture
     * each loop, and the record's own equals goes through a method-handle chain per component that C1 and the
     * interpreter run slowly (a fifth of a C1-only game's samples). Same meaning as the record's: floats compared as
     * {@link Float#compare} does, components by {@code equals}; so the record's hashCode still agrees with it.
     */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof UnitView o)) {
            return false;
        }
        return tag == o.tag
                && type == o.type
                && owner == o.owner
                && Float.floatToIntBits(facing) == Float.floatToIntBits(o.facing)
                && Float.floatToIntBits(radius) == Float.floatToIntBits(o.radius)
                && Float.floatToIntBits(health) == Float.floatToIntBits(o.health)
                && Float.floatToIntBits(healthMax) == Float.floatToIntBits(o.healthMax)
                && Float.floatToIntBits(shield) == Float.floatToIntBits(o.shield)
                && Float.floatToIntBits(shieldMax) == Float.floatToIntBits(o.shieldMax)
                && Float.floatToIntBits(energy) == Float.floatToIntBits(o.energy)
                && Float.floatToIntBits(energyMax) == Float.floatToIntBits(o.energyMax)
                && Float.floatToIntBits(buildProgress) == Float.floatToIntBits(o.buildProgress)
                && flying == o.flying
                && snapshot == o.snapshot
                && mineralContents == o.mineralContents
                && vespeneContents == o.vespeneContents
                && carryingMinerals == o.carryingMinerals
                && carryingVespene == o.carryingVespene
                && assignedHarvesters == o.assignedHarvesters
                && idealHarvesters == o.idealHarvesters
                && Float.floatToIntBits(weaponCooldown) == Float.floatToIntBits(o.weaponCooldown)
                && engagedTargetTag == o.engagedTargetTag
                && addOnTag == o.addOnTag
                && powered == o.powered
                && rallyTag == o.rallyTag
                && larvaInjected == o.larvaInjected
                && Objects.equals(position, o.position)
                && Objects.equals(orders, o.orders)
                && Objects.equals(upgradeLevels, o.upgradeLevels)
                && Objects.equals(rally, o.rally);
    }

    public boolean isIdle() {
        return orders.isEmpty();
    }

    public boolean isFinished() {
        return buildProgress >= 1f;
    }
}
