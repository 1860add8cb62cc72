package io.wickedzerg.sim.map;

import java.util.List;
import java.util.Objects;

/**
 * The design of a two-player map, for side 0 (the lower-left start); side 1 is its point reflection through
 * the map centre, as on most ladder maps. Angles are degrees counter-clockwise from +x.
 *
 * @param border            unplayable cells around the edge
 * @param main              centre of the main plateau (high ground)
 * @param mainRadius        radius of the main plateau in cells
 * @param mainTownhall      townhall spot in the main (a cell centre, x.5 y.5); also the start location
 * @param mainMineralAngle  direction from the main townhall to its mineral line
 * @param naturalAngle      direction from the main to the natural; the main ramp faces it
 * @param naturalRadius     radius of the natural plateau (middle ground)
 * @param naturalMineralAngle direction from the natural townhall to its mineral line
 * @param naturalChokeAngle direction of the natural's ramp down to the low ground
 * @param third             third base townhall spot, on the low ground
 * @param thirdMineralAngle direction from the third townhall to its mineral line
 * @param obstacles         unpathable areas (lakes, rock formations) on the low ground that make chokes
 */
public record MapLayout(
        String name,
        int width,
        int height,
        int border,
        Point2 main,
        double mainRadius,
        Point2 mainTownhall,
        double mainMineralAngle,
        double naturalAngle,
        double naturalRadius,
        double naturalMineralAngle,
        double naturalChokeAngle,
        Point2 third,
        double thirdMineralAngle,
        List<Obstacle> obstacles) {

    /** Cells of cliff around each plateau. */
    static final int CLIFF_WIDTH = 3;
    /** Cells between the edges of the main and natural plateaus, bridged by the main ramp. */
    static final int PLATEAU_GAP = 4;
    /** Diagonal lines of cells across the main ramp's top row (see {@link DiagonalRamp}). */
    static final int MAIN_RAMP_WIDTH = DiagonalRamp.ACROSS;
    static final int NATURAL_RAMP_WIDTH = 8;

    public MapLayout {
        Objects.requireNonNull(name, "name");
        obstacles = List.copyOf(obstacles);
    }

    /**
     * Centre of the natural plateau and its townhall spot: just far enough from the main for the cliffs and the
     * ramp between them, on a cell centre because a 5x5 townhall centres there.
     */
    public Point2 natural() {
        double distance = mainRadius + naturalRadius + PLATEAU_GAP;
        double radians = Math.toRadians(naturalAngle);
        return Point2.of(Math.floor(main.x() + distance * StrictMath.cos(radians)) + 0.5,
                Math.floor(main.y() + distance * StrictMath.sin(radians)) + 0.5);
    }

    /** An unpathable disc on the low ground. */
    public record Obstacle(Point2 center, double radius) {
    }
}
