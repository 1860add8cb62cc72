package io.wickedzerg.sim.map;

import java.util.ArrayDeque;
import java.util.function.BiPredicate;

/** Breadth-first search over pathable cells (4-neighbourhood), for tests of map connectivity. */
final class Reachability {
    private Reachability() {
    }

    static boolean connected(Grid pathing, Point2 from, Point2 to) {
        return connected(pathing, from, to, (x, y) -> false);
    }

    /** Whether {@code to} can be walked to from {@code from} when cells for which {@code blocked} holds are closed. */
    static boolean connected(Grid pathing, Point2 from, Point2 to, BiPredicate<Integer, Integer> blocked) {
        int w = pathing.width();
        boolean[] seen = new boolean[w * pathing.height()];
        ArrayDeque<int[]> queue = new ArrayDeque<>();
        queue.add(new int[] {from.cellX(), from.cellY()});
        seen[from.cellY() * w + from.cellX()] = true;
        int[][] steps = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
        while (!queue.isEmpty()) {
            int[] cell = queue.poll();
            if (cell[0] == to.cellX() && cell[1] == to.cellY()) {
                return true;
            }
            for (int[] step : steps) {
                int x = cell[0] + step[0];
                int y = cell[1] + step[1];
                if (pathing.get(x, y) && !seen[y * w + x] && !blocked.test(x, y)) {
                    seen[y * w + x] = true;
                    queue.add(new int[] {x, y});
                }
            }
        }
        return false;
    }
}
