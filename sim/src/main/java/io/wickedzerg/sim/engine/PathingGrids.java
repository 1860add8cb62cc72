package io.wickedzerg.sim.engine;

import io.wickedzerg.sim.map.Grid;

/**
 * The pathing grid as the real game sends it in {@code game_info}: the map's, with the cells under the
 * players' standing structures (built, building, or the start townhall) blocked, and on a recorded map the
 * cells its recording marks under rocks that still stand. Resources stay pathable, as in the game's own grid
 * at loop 0. python-sc2 reads it every step, so it sees buildings appear and vanish.
 * The game rounds off a townhall's corners; here a structure blocks its whole footprint rectangle.
 */
final class PathingGrids {
    private PathingGrids() {
    }

    static Grid withStructures(Grid map, Iterable<SimUnit> units, Obstacles obstacles) {
        Grid.Builder grid = map.toBuilder();
        obstacles.markRecorded(grid);
        for (SimUnit u : units) {
            int w = u.facts.footprint().width();
            int h = u.facts.footprint().height();
            if (!u.alive || u.owner == Game.NEUTRAL || !u.isStructure() || u.facts.flying() || w == 0 || h == 0) {
                continue;
            }
            grid.fillRect(Placement.x0(u.facts, u.x), Placement.y0(u.facts, u.y), w, h, false);
        }
        return grid.build();
    }
}
