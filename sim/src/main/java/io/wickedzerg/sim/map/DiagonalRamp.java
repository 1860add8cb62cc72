package io.wickedzerg.sim.map;

/**
 * A main ramp shaped as on real ladder maps, so that clients which analyse the grids find what they find there
 * (python-sc2's {@code Ramp}: its "upper" cells, the pathable but unbuildable cells at the ramp's top height, anchor
 * its supply-depot and barracks wall, and it only knows ramps with 2 or 5 of them). The slope runs along a
 * diagonal, as every ladder main ramp does: nine rows from the top row to the bottom row, each row two height bytes
 * below the one above (a whole level, 16 bytes, over the ramp). The top and bottom rows are four diagonal lines of
 * cells across, so the top row is two cells touching at a corner with buildable high ground behind and beside them;
 * the rows between are six lines across. Cliffs about three cells thick wall both sides between the top and bottom
 * rows.
 *
 * <p>Cells are addressed in the ramp's own coordinates: {@code a} down the slope (0 on the top row, {@link #ROWS}
 * on the bottom row, one per orthogonal step) and {@code c} across it (0..3 inside the ramp); a cell's a and c have
 * the same parity, since one orthogonal step changes both by one.
 */
final class DiagonalRamp {
    /** The bottom row's {@code a}: the top row is 0. */
    static final int ROWS = 8;
    /** Diagonal lines of cells across the top and bottom rows (two more across the rows between). */
    static final int ACROSS = 4;
    /** Diagonal lines of cliff on each side. */
    static final int WALL = 4;
    /** How far inside the plateau's rim the top row lies, so the wall's buildings fit on the plateau behind it. */
    private static final double INSET = 1.5;

    private final int x0;
    private final int y0;
    private final int dx;
    private final int dy;

    private DiagonalRamp(int x0, int y0, int dx, int dy) {
        this.x0 = x0;
        this.y0 = y0;
        this.dx = dx;
        this.dy = dy;
    }

    /**
     * The ramp down from a round plateau toward a point below it: its top row on the plateau's rim, in the diagonal
     * direction nearest the point.
     */
    static DiagonalRamp outOf(Point2 center, double radius, Point2 toward) {
        double degrees = Math.toDegrees(StrictMath.atan2(toward.y() - center.y(), toward.x() - center.x()));
        double diagonal = Math.toRadians(45 + 90 * Math.floor(degrees / 90));
        int dx = StrictMath.cos(diagonal) > 0 ? 1 : -1;
        int dy = StrictMath.sin(diagonal) > 0 ? 1 : -1;
        double reach = (radius - INSET) / Math.sqrt(2);
        // The top row's centre is the corner its two cells share: a lattice point.
        long cornerX = Math.round(center.x() + dx * reach);
        long cornerY = Math.round(center.y() + dy * reach);
        return new DiagonalRamp((int) cornerX + (dy - 1) / 2, (int) cornerY - (dx + 1) / 2, dx, dy);
    }

    /** Centre of the top row (a cell corner on the high ground's edge). */
    Point2 top() {
        return point(0, 1);
    }

    /** Centre of the bottom row. */
    Point2 bottom() {
        return point(ROWS, 1);
    }

    /** A point on the low ground just past the bottom row, where the ground below should reach the ramp. */
    Point2 landing() {
        return point(ROWS + 2, 1.5);
    }

    /** Paints the slope and its side walls; the ground above and below is left as it is. */
    void paint(TerrainCanvas canvas, int topLevel, int bottomLevel) {
        for (int a = 0; a <= ROWS; a++) {
            int level = (int) Math.round(topLevel + (bottomLevel - topLevel) * (double) a / ROWS);
            for (int c = -WALL - 1; c < ACROSS + WALL + 1; c++) {
                if (((a + c) & 1) != 0) {
                    continue;
                }
                int x = x0 + (dx * a - dy * c) / 2;
                int y = y0 + (dy * a + dx * c) / 2;
                // Between its top and bottom rows the slope is a line wider on each side: the top row stays two
                // cells (what python-sc2 expects) while units pass the ramp about as freely as on a real one.
                int widen = a > 0 && a < ROWS ? 1 : 0;
                if (c >= -widen && c < ACROSS + widen) {
                    canvas.set(x, y, true, false, level);
                } else if (widen > 0 && c >= -WALL - widen && c < ACROSS + WALL + widen) {
                    canvas.set(x, y, false, false, level);
                }
            }
        }
    }

    /** The centre of the cell (or between cells) at ramp coordinates a, c. */
    private Point2 point(double a, double c) {
        return Point2.of(x0 + 0.5 + (dx * a - dy * c) / 2, y0 + 0.5 + (dy * a + dx * c) / 2);
    }
}
