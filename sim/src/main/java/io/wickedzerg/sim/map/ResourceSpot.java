package io.wickedzerg.sim.map;

import java.util.Objects;

/**
 * A mineral field or vespene geyser placed on a map.
 *
 * @param unitType SC2 unit type id (MineralField 341, MineralField750 483, VespeneGeyser 342, ...)
 * @param amount   minerals or vespene it starts with
 */
public record ResourceSpot(int unitType, Point2 position, int amount) {
    public ResourceSpot {
        Objects.requireNonNull(position, "position");
        if (amount <= 0) {
            throw new IllegalArgumentException("a resource needs a positive amount: " + amount);
        }
    }
}
