package io.wickedzerg.sim.engine;

/** A position on the map in cells; x grows east, y grows north (the SC2 API's world space). */
public record Point2(float x, float y) {

    public double distanceTo(Point2 other) {
        return Math.hypot(other.x - x, other.y - y);
    }

    public double distanceTo(double ox, double oy) {
        return Math.hypot(ox - x, oy - y);
    }

    public Point2 towards(Point2 other, double step) {
        double d = distanceTo(other);
        if (d <= step || d == 0) {
            return other;
        }
        return new Point2((float) (x + (other.x - x) * step / d), (float) (y + (other.y - y) * step / d));
    }

    public static Point2 of(double x, double y) {
        return new Point2((float) x, (float) y);
    }
}
