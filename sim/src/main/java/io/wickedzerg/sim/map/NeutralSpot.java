package io.wickedzerg.sim.map;

import java.util.List;
import java.util.Objects;

/**
 * A neutral unit a recorded map places besides its bases' resources: a rock, debris, a tower, or a resource
 * that belongs to no base (a mineral wall).
 *
 * @param radius        collision radius the recording reports
 * @param amount        minerals or vespene it holds; 0 for what holds none
 * @param blocked       cells ground units cannot cross and structures cannot cover while it stands
 * @param recordedCells the cells among {@code blocked} the recorded pathing grid marks unpathable: the server's
 *                      pathing grid shows them while it stands, and frees them when it dies
 */
public record NeutralSpot(int unitType, Point2 position, float radius, int amount, List<Cell> blocked,
                          List<Cell> recordedCells) {
    public NeutralSpot {
        Objects.requireNonNull(position, "position");
        blocked = List.copyOf(blocked);
        recordedCells = List.copyOf(recordedCells);
    }

    /** One cell of a grid. */
    public record Cell(int x, int y) {
    }
}
