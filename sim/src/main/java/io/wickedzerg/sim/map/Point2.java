package io.wickedzerg.sim.map;

/**
 * A position on the map in cells, x growing east and y north, in floats as the SC2 API's {@code Point2D}: the one
 * point type of maps, the engine, players' views and commands.
 */
public record Point2(float x, float y) {

    public static Point2 of(double x, double y) {
        return new Point2((float) x, (float) y);
    }

    public double distanceTo(Point2 other) {
        return StrictMath.hypot(other.x - x, other.y - y);
    }

    public double distanceTo(double ox, double oy) {
        return StrictMath.hypot(ox - x, oy - y);
    }

    public Point2 plus(double dx, double dy) {
        return of(x + dx, y + dy);
    }

    /** The point {@code step} cells from here towards {@code other}; {@code other} itself when it is no farther. */
    public Point2 towards(Point2 other, double step) {
        double d = distanceTo(other);
        if (d <= step || d == 0) {
            return other;
        }
        return of(x + (other.x - x) * step / d, y + (other.y - y) * step / d);
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
