package io.wickedzerg.sim.map;

/**
 * The mutable grids a map is painted on (pathing, placement, height), in map cells. Shapes test cell centres,
 * so a shape and its mirror image paint mirror-image cells.
 */
final class TerrainCanvas {
    /** Height bytes of the three levels, as on real maps (z = 8, 10, 12; see {@link HeightGrid}). */
    static final int LOW = 191;
    static final int MIDDLE = 207;
    static final int HIGH = 223;

    private final int width;
    private final int height;
    private final Grid.Builder pathing;
    private final Grid.Builder placement;
    private final byte[] heights;

    TerrainCanvas(int width, int height, int level) {
        this.width = width;
        this.height = height;
        this.pathing = Grid.builder(width, height);
        this.placement = Grid.builder(width, height);
        this.heights = new byte[width * height];
        java.util.Arrays.fill(heights, (byte) level);
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    boolean pathable(int x, int y) {
        return pathing.get(x, y);
    }

    boolean placeable(int x, int y) {
        return placement.get(x, y);
    }

    int level(int x, int y) {
        return heights[y * width + x] & 0xff;
    }

    void set(int x, int y, boolean walk, boolean build, int level) {
        if (x < 0 || y < 0 || x >= width || y >= height) {
            return;
        }
        pathing.set(x, y, walk);
        placement.set(x, y, build);
        heights[y * width + x] = (byte) level;
    }

    /** Open ground (pathable and buildable) at a level over a rectangle of cells. */
    void ground(int x0, int y0, int x1, int y1, int level) {
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                set(x, y, true, true, level);
            }
        }
    }

    /** A plateau: open ground within {@code radius} of the centre, ringed by {@code cliff} cells of cliff. */
    void plateau(Point2 center, double radius, int cliff, int level, int cliffLevel) {
        plateau(center, center, radius, cliff, level, cliffLevel);
    }

    /**
     * A plateau around a segment (a disc when its ends meet): open ground within {@code radius} of it, ringed by
     * {@code cliff} cells of cliff. The ring leaves open ground of the same level alone, so overlapping plateaus
     * of one level join into one.
     */
    void plateau(Point2 from, Point2 to, double radius, int cliff, int level, int cliffLevel) {
        forCellsNear(from, to, radius + cliff, (x, y, distance) -> {
            if (distance <= radius) {
                set(x, y, true, true, level);
            } else if (!(pathable(x, y) && level(x, y) == level)) {
                set(x, y, false, false, cliffLevel);
            }
        });
    }

    /** An unpathable disc (a lake or rock formation); keeps the height of the ground under it. */
    void obstacle(Point2 center, double radius) {
        forCellsNear(center, center, radius, (x, y, distance) -> set(x, y, false, false, level(x, y)));
    }

    /**
     * A ramp from {@code top} down to {@code bottom}: a strip {@code width} cells wide, pathable, unbuildable, its
     * height falling evenly from {@code topLevel} to {@code bottomLevel}, walled by two cells of cliff on each
     * side. The ends reach a cell into the ground they join so the slope meets it without a step; the walls
     * leave the upper ground open where they touch it.
     */
    void ramp(Point2 top, Point2 bottom, double rampWidth, int topLevel, int bottomLevel) {
        double dx = bottom.x() - top.x();
        double dy = bottom.y() - top.y();
        double length = StrictMath.hypot(dx, dy);
        double ux = dx / length;
        double uy = dy / length;
        double half = rampWidth / 2;
        double wall = half + 2;
        int x0 = (int) Math.floor(Math.min(top.x(), bottom.x()) - wall - 1);
        int x1 = (int) Math.ceil(Math.max(top.x(), bottom.x()) + wall + 1);
        int y0 = (int) Math.floor(Math.min(top.y(), bottom.y()) - wall - 1);
        int y1 = (int) Math.ceil(Math.max(top.y(), bottom.y()) + wall + 1);
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                if (x < 0 || y < 0 || x >= width || y >= height) {
                    continue;
                }
                double cx = x + 0.5 - top.x();
                double cy = y + 0.5 - top.y();
                double along = (cx * ux + cy * uy) / length;
                double across = Math.abs(-cx * uy + cy * ux);
                if (along < 0 || along > 1 || across > wall) {
                    continue;
                }
                if (across <= half) {
                    set(x, y, true, false, (int) Math.round(topLevel + (bottomLevel - topLevel) * along));
                } else if (!(pathable(x, y) && level(x, y) == topLevel)) {
                    set(x, y, false, false, (topLevel + bottomLevel) / 2);
                }
            }
        }
    }

    /** Makes the map point-symmetric: every cell on side 1's half copies its mirror cell on side 0's half. */
    void mirrorHalf(Point2 side0Start, Symmetry symmetry) {
        double ax = symmetry.width() - 2 * side0Start.x();
        double ay = symmetry.height() - 2 * side0Start.y();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double along = (x + 0.5 - width / 2.0) * ax + (y + 0.5 - height / 2.0) * ay;
                int mx = symmetry.mirrorX(x);
                int my = symmetry.mirrorY(y);
                boolean side1 = along > 0 || (along == 0 && y * width + x > my * width + mx);
                if (side1) {
                    set(x, y, pathable(mx, my), placeable(mx, my), level(mx, my));
                }
            }
        }
    }

    /** Marks a footprint (centred on {@code center}) as blocked: resources are neither walkable nor buildable. */
    void block(Point2 center, int footprintWidth, int footprintHeight) {
        int x0 = (int) Math.round(center.x() - footprintWidth / 2.0);
        int y0 = (int) Math.round(center.y() - footprintHeight / 2.0);
        for (int y = y0; y < y0 + footprintHeight; y++) {
            for (int x = x0; x < x0 + footprintWidth; x++) {
                set(x, y, false, false, level(x, y));
            }
        }
    }

    Grid pathingGrid() {
        return pathing.build();
    }

    Grid placementGrid() {
        return placement.build();
    }

    HeightGrid heightGrid() {
        return HeightGrid.fromImageBytes(width, height, heights);
    }

    /** Visits the cells whose centres lie within {@code radius} of the segment, with that distance. */
    private void forCellsNear(Point2 from, Point2 to, double radius, CellVisitor visitor) {
        int x0 = (int) Math.floor(Math.min(from.x(), to.x()) - radius - 1);
        int x1 = (int) Math.ceil(Math.max(from.x(), to.x()) + radius + 1);
        int y0 = (int) Math.floor(Math.min(from.y(), to.y()) - radius - 1);
        int y1 = (int) Math.ceil(Math.max(from.y(), to.y()) + radius + 1);
        double sx = to.x() - from.x();
        double sy = to.y() - from.y();
        double length2 = sx * sx + sy * sy;
        for (int y = Math.max(0, y0); y <= Math.min(height - 1, y1); y++) {
            for (int x = Math.max(0, x0); x <= Math.min(width - 1, x1); x++) {
                double px = x + 0.5 - from.x();
                double py = y + 0.5 - from.y();
                double t = length2 == 0 ? 0 : Math.max(0, Math.min(1, (px * sx + py * sy) / length2));
                double distance = StrictMath.hypot(px - t * sx, py - t * sy);
                if (distance <= radius) {
                    visitor.visit(x, y, distance);
                }
            }
        }
    }

    @FunctionalInterface
    private interface CellVisitor {
        void visit(int x, int y, double distance);
    }
}
