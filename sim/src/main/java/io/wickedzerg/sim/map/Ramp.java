package io.wickedzerg.sim.map;

import java.util.Objects;

/**
 * A ramp between two height levels.
 *
 * @param top    centre of the ramp's upper edge (on the high ground)
 * @param bottom centre of the ramp's lower edge (on the low ground)
 * @param width  cells across
 * @param side   the start location whose main this ramp leads out of (0 or 1)
 */
public record Ramp(Point2 top, Point2 bottom, int width, int side) {
    public Ramp {
        Objects.requireNonNull(top, "top");
        Objects.requireNonNull(bottom, "bottom");
    }
}
