package io.wickedzerg.sim.map;

import io.wickedzerg.sim.data.UnitTypeIds;
import java.util.ArrayList;
import java.util.List;

/**
 * Places a base's resources the way real maps do: eight 2x1 mineral fields in an arc about seven cells from
 * the townhall centre, the four nearer ones the small (900) patches, and two 3x3 geysers at the ends of the
 * arc. Every resource keeps at least {@link #TOWNHALL_GAP} free cells to the 5x5 townhall, the real game's
 * rule for where a townhall may go, and no two resources overlap.
 */
final class ResourceLayout {
    static final int BIG_PATCH = 1800;
    static final int SMALL_PATCH = 900;
    static final int GEYSER = 2250;
    static final int TOWNHALL_GAP = 3;
    private static final double TOWNHALL_HALF = 2.5;
    /** Degrees between neighbouring fields of the arc. */
    private static final double FIELD_SPACING = 15;
    private static final double GEYSER_OFFSET = 75;

    private ResourceLayout() {
    }

    static List<ResourceSpot> minerals(Point2 townhall, double angle) {
        List<ResourceSpot> fields = new ArrayList<>();
        List<double[]> taken = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            double offset = (i - 3.5) * FIELD_SPACING;
            // Alternate near and far so the line is staggered as on real maps; near fields hold less.
            boolean near = i % 2 == 1;
            double distance = near ? 6.5 : 7.5;
            Point2 spot = place(townhall, angle + offset, distance, false, 2, 1, taken);
            int type = near ? UnitTypeIds.MINERAL_FIELD_750 : UnitTypeIds.MINERAL_FIELD;
            fields.add(new ResourceSpot(type, spot, near ? SMALL_PATCH : BIG_PATCH));
        }
        return fields;
    }

    static List<ResourceSpot> geysers(Point2 townhall, double angle, List<ResourceSpot> minerals) {
        List<double[]> taken = new ArrayList<>();
        for (ResourceSpot field : minerals) {
            taken.add(rect(field.position(), 2, 1));
        }
        List<ResourceSpot> geysers = new ArrayList<>();
        for (double side : new double[] {-1, 1}) {
            // Seven cells out along the main axis leaves exactly the three-cell gap a townhall needs.
            Point2 spot = place(townhall, angle + side * GEYSER_OFFSET, 7, true, 3, 3, taken);
            geysers.add(new ResourceSpot(UnitTypeIds.VESPENE_GEYSER, spot, GEYSER));
        }
        return geysers;
    }

    /**
     * Walks outward from {@code distance} until a footprint fits: on the grid, clear of the townhall and of others.
     * With {@code squareDistance} the distance is measured along the dominant axis (a square around the townhall).
     */
    private static Point2 place(Point2 townhall, double angle, double distance, boolean squareDistance, int w, int h,
                                List<double[]> taken) {
        double radians = Math.toRadians(angle);
        double ux = StrictMath.cos(radians);
        double uy = StrictMath.sin(radians);
        if (squareDistance) {
            double dominant = Math.max(Math.abs(ux), Math.abs(uy));
            ux /= dominant;
            uy /= dominant;
        }
        for (double d = distance; d < distance + 6; d += 0.5) {
            Point2 spot = snap(townhall.x() + d * ux, townhall.y() + d * uy, w, h);
            double[] box = rect(spot, w, h);
            if (gapToTownhall(townhall, box) >= TOWNHALL_GAP && taken.stream().allMatch(other -> apart(box, other))) {
                taken.add(box);
                return spot;
            }
        }
        throw new IllegalStateException("no room for a resource at angle " + angle + " from " + townhall);
    }

    /** Footprint centres sit on cell centres for odd sizes and on cell corners for even ones. */
    private static Point2 snap(double x, double y, int w, int h) {
        return Point2.of(snapAxis(x, w), snapAxis(y, h));
    }

    private static double snapAxis(double v, int size) {
        return size % 2 == 0 ? Math.round(v) : Math.floor(v) + 0.5;
    }

    static double[] rect(Point2 center, int w, int h) {
        return new double[] {center.x() - w / 2.0, center.y() - h / 2.0, center.x() + w / 2.0, center.y() + h / 2.0};
    }

    /** Free cells between a townhall's 5x5 square and a box, along the axis where they are furthest apart. */
    static double gapToTownhall(Point2 townhall, double[] box) {
        double[] hall = {townhall.x() - TOWNHALL_HALF, townhall.y() - TOWNHALL_HALF,
                townhall.x() + TOWNHALL_HALF, townhall.y() + TOWNHALL_HALF};
        return gap(hall, box);
    }

    static double gap(double[] a, double[] b) {
        double gx = Math.max(a[0] - b[2], b[0] - a[2]);
        double gy = Math.max(a[1] - b[3], b[1] - a[3]);
        return Math.max(gx, gy);
    }

    /** Boxes may touch, as the fields of a real mineral line do, but never overlap. */
    private static boolean apart(double[] a, double[] b) {
        return gap(a, b) >= 0;
    }
}
