package io.wickedzerg.sim.map;

/**
 * A position on the map in cells, x growing east and y north, in floats as the SC2 API's {@code Point2D}: the one
 * point type of maps, the engine, players' views and commands.
 */
public record Point2(float x, float y) {

    // Written out rather than left to the record: points are compared and hashed in the engine's and the observation
    // encoder's hot loops, and the record's own equals and hashCode run a method-handle chain per component that C1
    // and the interpreter execute slowly (sim serve, the CI games' and e2e's stand-in for the game, runs on C1 only).
    // Same meaning as the record's: floats as Float.compare does.
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Point2 o && Float.floatToIntBits(x) == Float.floatToIntBits(o.x)
                && Float.floatToIntBits(y) == Float.floatToIntBits(o.y);
    }

    @Override
    public int hashCode() {
        return 31 * Float.hashCode(x) + Float.hashCode(y);
    }

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
