package io.wickedzerg.sim.engine;

import io.wickedzerg.sim.map.Grid;
import io.wickedzerg.sim.map.NeutralSpot;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A recorded map's rocks and other neutral structures while they stand: their cells are covered on the ground
 * grid (no walking, no building) and shown unpathable in the served pathing grid where the recording showed
 * them; both are freed when the unit dies.
 */
final class Obstacles {
    private final GroundGrid ground;
    private final Map<Long, NeutralSpot> standing = new LinkedHashMap<>();

    Obstacles(GroundGrid ground) {
        this.ground = ground;
    }

    void place(SimUnit unit, NeutralSpot spot) {
        standing.put(unit.tag, spot);
        cover(spot, +1);
    }

    /** A unit left the world; frees its cells when it was an obstacle. */
    void removed(SimUnit unit) {
        NeutralSpot spot = standing.remove(unit.tag);
        if (spot != null) {
            cover(spot, -1);
        }
    }

    /** The cells the recording marks under the standing obstacles, unpathable in {@code grid}. */
    void markRecorded(Grid.Builder grid) {
        for (NeutralSpot spot : standing.values()) {
            spot.recordedCells().forEach(c -> grid.set(c.x(), c.y(), false));
        }
    }

    private void cover(NeutralSpot spot, int delta) {
        spot.blocked().forEach(c -> ground.cover(c.x(), c.y(), 1, 1, delta));
    }
}
