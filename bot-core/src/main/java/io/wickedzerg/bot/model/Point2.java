package io.wickedzerg.bot.model;

/** A map position; our own value type so managers and tests need nothing from the protocol. */
public record Point2(double x, double y) {

    public double distance(Point2 other) {
        return Math.sqrt(distanceSquared(other));
    }

    /** Preferred for comparisons: no square root on the hot path. */
    public double distanceSquared(Point2 other) {
        double dx = x - other.x;
        double dy = y - other.y;
        return dx * dx + dy * dy;
    }

    public Point2 add(double dx, double dy) {
        return new Point2(x + dx, y + dy);
    }

    /** The point {@code distance} away from this one in the direction of {@code target}. */
    public Point2 towards(Point2 target, double distance) {
        double d = distance(target);
        if (d < 1e-9) {
            return this;
        }
        return new Point2(x + (target.x - x) * distance / d, y + (target.y - y) * distance / d);
    }

    public static Point2 centroid(Iterable<Point2> points) {
        double sx = 0;
        double sy = 0;
        int n = 0;
        for (Point2 p : points) {
            sx += p.x;
            sy += p.y;
            n++;
        }
        if (n == 0) {
            throw new IllegalArgumentException("centroid of no points");
        }
        return new Point2(sx / n, sy / n);
    }
}
