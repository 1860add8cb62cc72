package io.wickedzerg.sim.map.recorded;

import io.wickedzerg.sim.map.Grid;
import io.wickedzerg.sim.map.Point2;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Walking distances in cells (8 neighbours, each step 1) over a pathing grid, from a start to anywhere;
 * fields are kept per start. Unreachable points are infinitely far. Good enough to order bases by how far a
 * worker walks to them.
 */
final class GroundDistances {
    private static final int[][] STEPS = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}, {1, 1}, {1, -1}, {-1, 1}, {-1, -1}};

    private final Grid pathing;
    private final Map<Point2, int[]> fields = new LinkedHashMap<>();

    GroundDistances(Grid pathing) {
        this.pathing = pathing;
    }

    /** From {@code from} to the nearest pathable cell of the 5x5 around {@code to}. */
    double between(Point2 from, Point2 to) {
        int[] field = fields.computeIfAbsent(from, this::flood);
        int best = Integer.MAX_VALUE;
        for (int y = to.cellY() - 2; y <= to.cellY() + 2; y++) {
            for (int x = to.cellX() - 2; x <= to.cellX() + 2; x++) {
                if (pathing.inBounds(x, y) && field[y * pathing.width() + x] >= 0) {
                    best = Math.min(best, field[y * pathing.width() + x]);
                }
            }
        }
        return best == Integer.MAX_VALUE ? Double.POSITIVE_INFINITY : best;
    }

    private int[] flood(Point2 from) {
        int w = pathing.width();
        int[] dist = new int[w * pathing.height()];
        Arrays.fill(dist, -1);
        ArrayDeque<Integer> open = new ArrayDeque<>();
        for (int y = from.cellY() - 2; y <= from.cellY() + 2; y++) {
            for (int x = from.cellX() - 2; x <= from.cellX() + 2; x++) {
                if (pathing.get(x, y)) {
                    dist[y * w + x] = 0;
                    open.add(y * w + x);
                }
            }
        }
        while (!open.isEmpty()) {
            int at = open.poll();
            int x = at % w;
            int y = at / w;
            for (int[] s : STEPS) {
                int nx = x + s[0];
                int ny = y + s[1];
                if (pathing.get(nx, ny) && dist[ny * w + nx] < 0) {
                    dist[ny * w + nx] = dist[at] + 1;
                    open.add(ny * w + nx);
                }
            }
        }
        return dist;
    }
}
