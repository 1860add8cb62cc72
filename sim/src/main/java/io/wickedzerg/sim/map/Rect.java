package io.wickedzerg.sim.map;

/** An axis-aligned rectangle of cells, {@code [x0, x1) x [y0, y1)}, like the API's playable_area (p0, p1). */
public record Rect(int x0, int y0, int x1, int y1) {
    public Rect {
        if (x1 < x0 || y1 < y0) {
            throw new IllegalArgumentException("inverted rect " + x0 + "," + y0 + " - " + x1 + "," + y1);
        }
    }

    public int width() {
        return x1 - x0;
    }

    public int height() {
        return y1 - y0;
    }

    public boolean contains(double x, double y) {
        return x >= x0 && x < x1 && y >= y0 && y < y1;
    }

    public Point2 center() {
        return Point2.of((x0 + x1) / 2.0, (y0 + y1) / 2.0);
    }
}
