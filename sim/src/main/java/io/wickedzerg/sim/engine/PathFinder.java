package io.wickedzerg.sim.engine;

import io.wickedzerg.sim.map.Point2;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A* over the ground grid (8 neighbours, octile distance, no corner cutting). Paths are cached per
 * (start cell, goal cell) and dropped whenever the grid changes (a structure is placed or dies), so
 * groups of units sent to one place pay for the search once.
 */
final class PathFinder {
    private static final double DIAGONAL = Math.sqrt(2);
    private static final int CACHE_SIZE = 512;
    /** Row and column crossings closer than this (a fraction of the segment) count as one crossing at a corner. */
    private static final double CORNER = 1e-9;
    /** Points on or past the far map edge are taken this far inside it. */
    private static final double EDGE = 1e-6;

    /** A path: waypoints from start to goal and its length in cells; empty and infinite when unreachable. */
    record Path(List<Point2> waypoints, double length) {
        static final Path NONE = new Path(List.of(), Double.POSITIVE_INFINITY);

        boolean reachable() {
            return length != Double.POSITIVE_INFINITY;
        }
    }

    private final GroundGrid grid;
    private final int width;
    private final int height;
    private final double[] cost;
    private final int[] parent;
    private final int[] stamp;
    private final boolean[] closed;
    private int search;
    private final int[] heap;
    private final double[] heapKey;
    private int heapSize;
    private long cachedVersion = -1;
    private final Map<Long, Path> cache = new LinkedHashMap<>(CACHE_SIZE, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Path> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    PathFinder(GroundGrid grid) {
        this.grid = grid;
        this.width = grid.width();
        this.height = grid.height();
        int cells = width * height;
        cost = new double[cells];
        parent = new int[cells];
        stamp = new int[cells];
        closed = new boolean[cells];
        heap = new int[cells * 8 + 8];
        heapKey = new double[cells * 8 + 8];
    }

    Path find(Point2 from, Point2 to) {
        if (cachedVersion != grid.version()) {
            cache.clear();
            cachedVersion = grid.version();
        }
        if (straightLineClear(from, to)) {
            return new Path(List.of(to), from.distanceTo(to));
        }
        int sx = clamp((int) from.x(), width);
        int sy = clamp((int) from.y(), height);
        int gx = clamp((int) to.x(), width);
        int gy = clamp((int) to.y(), height);
        long key = ((long) (sy * width + sx) << 32) | (gy * width + gx);
        Path cached = cache.get(key);
        if (cached == null) {
            cached = search(sx, sy, gx, gy);
            cache.put(key, cached);
        }
        if (!cached.reachable()) {
            return cached;
        }
        List<Point2> points = new ArrayList<>(cached.waypoints());
        points.set(points.size() - 1, to);
        return new Path(points, cached.length());
    }

    /** Ground distance between two points; infinite when there is no path. */
    double distance(Point2 from, Point2 to) {
        return find(from, to).length();
    }

    /**
     * Whether the segment itself may be walked, by the search's own rules: every cell it crosses is walkable (but
     * the start cell: a unit inside a footprint walks out), and where it passes exactly through a cell corner both
     * cells beside the corner are walkable too (no corner cutting). A line drawn from cell to cell would miss
     * cells the segment grazes and squeeze between blocked cells touching at a corner, so this walks the cells
     * the segment really crosses (grid traversal after Amanatides and Woo).
     */
    private boolean straightLineClear(Point2 from, Point2 to) {
        double x0 = inside(from.x(), width);
        double y0 = inside(from.y(), height);
        double x1 = inside(to.x(), width);
        double y1 = inside(to.y(), height);
        double dx = x1 - x0;
        double dy = y1 - y0;
        int x = (int) x0;
        int y = (int) y0;
        int gx = (int) x1;
        int gy = (int) y1;
        int stepX = dx > 0 ? 1 : -1;
        int stepY = dy > 0 ? 1 : -1;
        double deltaX = dx == 0 ? Double.POSITIVE_INFINITY : Math.abs(1 / dx);
        double deltaY = dy == 0 ? Double.POSITIVE_INFINITY : Math.abs(1 / dy);
        double nextX = dx == 0 ? Double.POSITIVE_INFINITY : (dx > 0 ? x + 1 - x0 : x0 - x) * deltaX;
        double nextY = dy == 0 ? Double.POSITIVE_INFINITY : (dy > 0 ? y + 1 - y0 : y0 - y) * deltaY;
        while (x != gx || y != gy) {
            // never step past the goal's row or column, whatever rounding says: the walk always ends
            if (x != gx && y != gy && Math.abs(nextX - nextY) < CORNER) {
                if (!grid.walkable(x + stepX, y) || !grid.walkable(x, y + stepY)) {
                    return false;
                }
                x += stepX;
                y += stepY;
                nextX += deltaX;
                nextY += deltaY;
            } else if (y == gy || x != gx && nextX < nextY) {
                x += stepX;
                nextX += deltaX;
            } else {
                y += stepY;
                nextY += deltaY;
            }
            if (!grid.walkable(x, y)) {
                return false;
            }
        }
        return true;
    }

    /** A coordinate moved onto the grid, so the walk starts and ends in a cell of it. */
    private static double inside(float v, int size) {
        return Math.max(0, Math.min(size - EDGE, v));
    }

    private Path search(int sx, int sy, int gx, int gy) {
        if (!grid.walkable(gx, gy)) {
            int nearest = nearestWalkable(gx, gy);
            if (nearest < 0) {
                return Path.NONE;
            }
            gx = nearest % width;
            gy = nearest / width;
        }
        if (!grid.walkable(sx, sy)) {
            // a unit inside a footprint (a zergling hatched at its hatchery, a unit under a new structure)
            // walks out to the nearest open cell first
            int nearest = nearestWalkable(sx, sy);
            if (nearest < 0) {
                return Path.NONE;
            }
            sx = nearest % width;
            sy = nearest / width;
        }
        search++;
        heapSize = 0;
        int start = sy * width + sx;
        int goal = gy * width + gx;
        touch(start);
        cost[start] = 0;
        parent[start] = -1;
        push(start, heuristic(sx, sy, gx, gy));
        while (heapSize > 0) {
            int current = pop();
            if (closed[current]) {
                continue;
            }
            closed[current] = true;
            if (current == goal) {
                return rebuild(goal);
            }
            int cx = current % width;
            int cy = current / width;
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    if (dx == 0 && dy == 0) {
                        continue;
                    }
                    int nx = cx + dx;
                    int ny = cy + dy;
                    if (!grid.walkable(nx, ny)) {
                        continue;
                    }
                    if (dx != 0 && dy != 0 && (!grid.walkable(cx + dx, cy) || !grid.walkable(cx, cy + dy))) {
                        continue;
                    }
                    int next = ny * width + nx;
                    touch(next);
                    if (closed[next]) {
                        continue;
                    }
                    double g = cost[current] + (dx != 0 && dy != 0 ? DIAGONAL : 1.0);
                    if (g < cost[next]) {
                        cost[next] = g;
                        parent[next] = current;
                        push(next, g + heuristic(nx, ny, gx, gy));
                    }
                }
            }
        }
        return Path.NONE;
    }

    private int nearestWalkable(int gx, int gy) {
        for (int r = 1; r < 8; r++) {
            for (int dy = -r; dy <= r; dy++) {
                for (int dx = -r; dx <= r; dx++) {
                    if (grid.walkable(gx + dx, gy + dy)) {
                        return (gy + dy) * width + gx + dx;
                    }
                }
            }
        }
        return -1;
    }

    private Path rebuild(int goal) {
        List<Point2> cells = new ArrayList<>();
        double length = cost[goal];
        int node = goal;
        int lastDx = Integer.MIN_VALUE;
        int lastDy = Integer.MIN_VALUE;
        int prev = -1;
        while (node >= 0) {
            int p = parent[node];
            if (p >= 0) {
                int dx = node % width - p % width;
                int dy = node / width - p / width;
                // keep only the cells where the direction changes
                if (dx != lastDx || dy != lastDy || prev < 0) {
                    cells.add(Point2.of(node % width + 0.5, node / width + 0.5));
                }
                lastDx = dx;
                lastDy = dy;
            }
            prev = node;
            node = p;
        }
        Collections.reverse(cells);
        if (cells.isEmpty()) {
            cells.add(Point2.of(goal % width + 0.5, goal / width + 0.5));
        }
        return new Path(List.copyOf(cells), length);
    }

    private void touch(int cell) {
        if (stamp[cell] != search) {
            stamp[cell] = search;
            cost[cell] = Double.POSITIVE_INFINITY;
            closed[cell] = false;
        }
    }

    private static double heuristic(int x, int y, int gx, int gy) {
        int dx = Math.abs(x - gx);
        int dy = Math.abs(y - gy);
        return Math.max(dx, dy) + (DIAGONAL - 1) * Math.min(dx, dy);
    }

    private void push(int cell, double key) {
        if (heapSize == heap.length) {
            return; // cannot happen with 8 pushes per cell at most
        }
        int i = heapSize++;
        heap[i] = cell;
        heapKey[i] = key;
        while (i > 0) {
            int p = (i - 1) >>> 1;
            if (heapKey[p] <= heapKey[i]) {
                break;
            }
            swap(i, p);
            i = p;
        }
    }

    private int pop() {
        int top = heap[0];
        heapSize--;
        heap[0] = heap[heapSize];
        heapKey[0] = heapKey[heapSize];
        int i = 0;
        while (true) {
            int l = 2 * i + 1;
            int r = l + 1;
            int m = i;
            if (l < heapSize && heapKey[l] < heapKey[m]) {
                m = l;
            }
            if (r < heapSize && heapKey[r] < heapKey[m]) {
                m = r;
            }
            if (m == i) {
                return top;
            }
            swap(i, m);
            i = m;
        }
    }

    private void swap(int a, int b) {
        int c = heap[a];
        heap[a] = heap[b];
        heap[b] = c;
        double k = heapKey[a];
        heapKey[a] = heapKey[b];
        heapKey[b] = k;
    }

    private static int clamp(int v, int size) {
        return Math.max(0, Math.min(size - 1, v));
    }

    @Override
    public String toString() {
        return "PathFinder" + Arrays.asList(width, height);
    }
}
