package io.wickedzerg.sim.map;

/** A position in map cells, x to the right, y up, as in the SC2 API ({@code Point2D}). */
public record Point2(double x, double y) {
    public static Point2 of(double x, double y) {
        return new Point2(x, y);
    }

    public double distanceTo(Point2 other) {
        return Math.hypot(x - other.x, y - other.y);
    }

    public double distanceSquaredTo(Point2 other) {
        double dx = x - other.x;
        double dy = y - other.y;
        return dx * dx + dy * dy;
    }

    public Point2 plus(double dx, double dy) {
        return new Point2(x + dx, y + dy);
    }

    /** The point {@code distance} cells from here towards {@code target} (or past it). */
    public Point2 towards(Point2 target, double distance) {
        double length = distanceTo(target);
        if (length == 0) {
            return this;
        }
        return new Point2(x + (target.x - x) * distance / length, y + (target.y - y) * distance / length);
    }

    /** The cell (column) this point lies in. */
    public int cellX() {
        return (int) Math.floor(x);
    }

    /** The cell (row) this point lies in. */
    public int cellY() {
        return (int) Math.floor(y);
    }
}
