package io.wickedzerg.sim.engine.view;

import io.wickedzerg.sim.map.Point2;

import java.util.List;

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

    public boolean isIdle() {
        return orders.isEmpty();
    }

    public boolean isFinished() {
        return buildProgress >= 1f;
    }
}
