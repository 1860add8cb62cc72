package io.wickedzerg.sim.engine;

import java.util.Arrays;
import java.util.List;

/**
 * A spatial hash of units in square buckets, rebuilt from scratch when asked (a rebuild is linear, and
 * units move every loop anyway). Answers "which units may lie within r of a point" without walking every
 * unit; callers still test the exact distance. Positions are those at the last rebuild.
 */
final class UnitGrid {
    private final int bucket;
    private final int columns;
    private final int rows;
    private final int[] heads;
    private int[] next = new int[64];
    /** The bucket of each member, so a clear resets only the buckets in use. */
    private int[] bucketOfMember = new int[64];
    private SimUnit[] members = new SimUnit[64];
    private int size;
    private double maxRadius;

    /** A grid over a {@code width} x {@code height} map in square buckets of {@code bucket} cells. */
    UnitGrid(int width, int height, int bucket) {
        this.bucket = bucket;
        this.columns = Math.max(1, (width + bucket - 1) / bucket);
        this.rows = Math.max(1, (height + bucket - 1) / bucket);
        this.heads = new int[columns * rows];
        Arrays.fill(heads, -1);
    }

    /**
     * Clears the grid; then {@link #add} each unit to index. Resets only the buckets units were added to: the
     * separation's grids have a bucket per map cell (tens of thousands), cleared twice a loop for a few hundred units.
     */
    void clear() {
        for (int i = 0; i < size; i++) {
            heads[bucketOfMember[i]] = -1;
        }
        size = 0;
        maxRadius = 0;
    }

    void add(SimUnit u) {
        if (size == members.length) {
            members = Arrays.copyOf(members, size * 2);
            next = Arrays.copyOf(next, size * 2);
            bucketOfMember = Arrays.copyOf(bucketOfMember, size * 2);
        }
        int bucket = bucketOf(u.x, u.y);
        bucketOfMember[size] = bucket;
        members[size] = u;
        next[size] = heads[bucket];
        heads[bucket] = size;
        size++;
        maxRadius = Math.max(maxRadius, u.facts.radius());
    }

    /** The largest radius of any unit indexed, for callers that measure edge to edge. */
    double maxRadius() {
        return maxRadius;
    }

    /** Adds to {@code out} every indexed unit whose bucket touches the square of half-side r around (x, y). */
    void near(double x, double y, double r, List<SimUnit> out) {
        int c0 = clampColumn((int) Math.floor((x - r) / bucket));
        int c1 = clampColumn((int) Math.floor((x + r) / bucket));
        int r0 = clampRow((int) Math.floor((y - r) / bucket));
        int r1 = clampRow((int) Math.floor((y + r) / bucket));
        for (int row = r0; row <= r1; row++) {
            for (int column = c0; column <= c1; column++) {
                for (int i = heads[row * columns + column]; i >= 0; i = next[i]) {
                    out.add(members[i]);
                }
            }
        }
    }

    /**
     * Adds to {@code out} the units of ring {@code k} of buckets around the bucket of (x, y): ring 0 is that
     * bucket, ring k the buckets k steps away (Chebyshev). Units in ring k lie at least (k - 1) buckets away
     * from the point, so a nearest-first search can stop early. False once the ring lies wholly off the map.
     */
    boolean ring(double x, double y, int k, List<SimUnit> out) {
        int column = clampColumn((int) Math.floor(x / bucket));
        int row = clampRow((int) Math.floor(y / bucket));
        if (column - k < 0 && row - k < 0 && column + k >= columns && row + k >= rows) {
            return false;
        }
        for (int r = row - k; r <= row + k; r++) {
            if (r < 0 || r >= rows) {
                continue;
            }
            boolean edgeRow = r == row - k || r == row + k;
            int step = edgeRow || k == 0 ? 1 : 2 * k;
            for (int c = column - k; c <= column + k; c += step) {
                if (c < 0 || c >= columns) {
                    continue;
                }
                for (int i = heads[r * columns + c]; i >= 0; i = next[i]) {
                    out.add(members[i]);
                }
            }
        }
        return true;
    }

    private int bucketOf(double x, double y) {
        return clampRow((int) Math.floor(y / bucket)) * columns + clampColumn((int) Math.floor(x / bucket));
    }

    private int clampColumn(int c) {
        return Math.max(0, Math.min(columns - 1, c));
    }

    private int clampRow(int r) {
        return Math.max(0, Math.min(rows - 1, r));
    }
}
