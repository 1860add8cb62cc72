package io.wickedzerg.sim.engine;

import io.wickedzerg.sim.map.GameMap;
import io.wickedzerg.sim.map.Grid;
import io.wickedzerg.sim.map.HeightGrid;
import io.wickedzerg.sim.map.Point2;
import io.wickedzerg.sim.map.Rect;
import io.wickedzerg.sim.map.Terrain;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The straight-line shortcut may only take a line the A* search could walk too: through walkable cells, and
 * never diagonally between two blocked cells that touch at a corner.
 */
class PathFinderTest {

    @Test
    void aDiagonalSqueezeBetweenTwoBlockedCellsTouchingAtACornerIsNoShortcut() {
        PathFinder paths = pathsOn(
                "......",
                "......",
                "#.....",
                ".#....");
        Point2 from = Point2.of(0.5, 0.5);
        Point2 to = Point2.of(1.5, 1.5);

        // (0,0) is walled in: its orthogonal neighbours are blocked and A* never cuts a corner
        assertThat(paths.find(from, to).reachable()).isFalse();
    }

    @Test
    void aLongDiagonalThroughACornerGapTakesTheWalkableDetour() {
        PathFinder paths = pathsOn(
                "........",
                "........",
                "........",
                "........",
                "..#.....",
                "...#....",
                "........",
                "........");
        Point2 from = Point2.of(1.5, 1.5);
        Point2 to = Point2.of(5.5, 5.5);

        PathFinder.Path path = paths.find(from, to);

        assertThat(path.reachable()).isTrue();
        assertThat(path.waypoints()).hasSizeGreaterThan(1);
        assertThat(path.length()).isGreaterThan(from.distanceTo(to));
    }

    @Test
    void aLineThatGrazesABlockedCellIsNoShortcut() {
        // the segment crosses cell (1,1) for x in 1.74..2.0; a line drawn from cell to cell (Bresenham) misses it
        PathFinder paths = pathsOn(
                "......",
                "......",
                ".#....",
                "......");
        Point2 from = Point2.of(0.2f, 0.5f);
        Point2 to = Point2.of(4.5f, 1.9f);

        PathFinder.Path path = paths.find(from, to);

        assertThat(path.reachable()).isTrue();
        assertThat(path.waypoints()).as("a detour, not the straight line").hasSizeGreaterThan(1);
    }

    @Test
    void anOpenStraightLineIsStillTakenDirectly() {
        PathFinder paths = pathsOn(
                "......",
                "......",
                "......",
                "......");
        Point2 from = Point2.of(0.2f, 0.5f);
        Point2 to = Point2.of(4.5f, 1.9f);

        PathFinder.Path path = paths.find(from, to);

        assertThat(path.waypoints()).containsExactly(to);
        assertThat(path.length()).isEqualTo(from.distanceTo(to));
    }

    @Test
    void everyStraightShortcutCrossesOnlyCellsTheSearchMayEnter() {
        String[] rows = scatteredRocks(24, 24, 0.22, 11);
        PathFinder paths = pathsOn(rows);
        SplittableRandom random = new SplittableRandom(5);
        int shortcuts = 0;
        for (int i = 0; i < 4_000; i++) {
            Point2 from = Point2.of(random.nextDouble(24), random.nextDouble(24));
            Point2 to = Point2.of(random.nextDouble(24), random.nextDouble(24));
            if (!open(rows, cell(from.x()), cell(from.y())) || !open(rows, cell(to.x()), cell(to.y()))) {
                continue;
            }
            PathFinder.Path path = paths.find(from, to);
            if (path.waypoints().equals(List.of(to)) && path.length() == from.distanceTo(to)) {
                shortcuts++;
                assertThat(walkableAllAlong(rows, from, to)).as("shortcut %s -> %s", from, to).isTrue();
            }
        }
        assertThat(shortcuts).as("the property is exercised").isGreaterThan(200);
    }

    /**
     * An oracle independent of the path finder: samples the segment densely; every sample must stand on an open
     * cell, and a step that changes row and column at once must have both cells beside the corner open.
     */
    private static boolean walkableAllAlong(String[] rows, Point2 from, Point2 to) {
        int samples = 20_000;
        int px = cell(from.x());
        int py = cell(from.y());
        for (int i = 1; i <= samples; i++) {
            double t = (double) i / samples;
            int x = cell(from.x() + (to.x() - from.x()) * t);
            int y = cell(from.y() + (to.y() - from.y()) * t);
            if (!open(rows, x, y)) {
                return false;
            }
            if (x != px && y != py && (!open(rows, x, py) || !open(rows, px, y))) {
                return false;
            }
            px = x;
            py = y;
        }
        return true;
    }

    private static int cell(double v) {
        return (int) Math.floor(v);
    }

    /** Whether a cell is open; rows are drawn top down, so the last row is y = 0. */
    private static boolean open(String[] rows, int x, int y) {
        int height = rows.length;
        return x >= 0 && y >= 0 && y < height && x < rows[0].length() && rows[height - 1 - y].charAt(x) == '.';
    }

    private static String[] scatteredRocks(int width, int height, double density, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String[] rows = new String[height];
        for (int r = 0; r < height; r++) {
            StringBuilder row = new StringBuilder();
            for (int x = 0; x < width; x++) {
                row.append(random.nextDouble() < density ? '#' : '.');
            }
            rows[r] = row.toString();
        }
        return rows;
    }

    /** A path finder over a small map drawn as text: '.' walkable, '#' blocked, top row highest. */
    static PathFinder pathsOn(String... rows) {
        int height = rows.length;
        int width = rows[0].length();
        Grid.Builder pathing = Grid.builder(width, height);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                pathing.set(x, y, open(rows, x, y));
            }
        }
        Grid grid = pathing.build();
        GameMap map = new GameMap("test", width, height, grid, grid,
                HeightGrid.fromImageBytes(width, height, new byte[width * height]), new Rect(0, 0, width, height),
                List.of(Point2.of(0.5, 0.5), Point2.of(width - 0.5, height - 0.5)),
                List.of(), List.of());
        return new PathFinder(new GroundGrid(new Terrain(map)));
    }
}
