package io.wickedzerg.sim.map;

import java.util.List;
import java.util.Objects;

/**
 * Where a townhall belongs and the resources it mines.
 *
 * @param townhall centre of the 5x5 townhall spot (a cell centre, x.5)
 * @param side     the start location index this base is nearest to (0 or 1)
 */
public record BaseLocation(Point2 townhall, BaseRole role, int side, List<ResourceSpot> minerals, List<ResourceSpot> geysers) {
    public BaseLocation {
        Objects.requireNonNull(townhall, "townhall");
        Objects.requireNonNull(role, "role");
        minerals = List.copyOf(minerals);
        geysers = List.copyOf(geysers);
    }

    public int totalMinerals() {
        return minerals.stream().mapToInt(ResourceSpot::amount).sum();
    }
}
