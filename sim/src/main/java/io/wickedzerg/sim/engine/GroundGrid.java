package io.wickedzerg.sim.engine;

import io.wickedzerg.sim.map.Terrain;

/**
 * Which cells ground units can walk and structures can be placed on now: the map's grids minus the cells
 * covered by structures and resources. The version changes whenever a footprint is added or removed, which
 * invalidates cached paths.
 */
final class GroundGrid {
    private final Terrain terrain;
    private final int[] covered;
    private long version;

    GroundGrid(Terrain terrain) {
        this.terrain = terrain;
        this.covered = new int[terrain.width() * terrain.height()];
    }

    int width() {
        return terrain.width();
    }

    int height() {
        return terrain.height();
    }

    long version() {
        return version;
    }

    boolean walkable(int x, int y) {
        return terrain.isPathable(x, y) && covered[y * terrain.width() + x] == 0;
    }

    boolean free(int x, int y) {
        return terrain.inside(x, y) && covered[y * terrain.width() + x] == 0;
    }

    boolean coveredAt(int x, int y) {
        return terrain.inside(x, y) && covered[y * terrain.width() + x] > 0;
    }

    void cover(int x0, int y0, int w, int h, int delta) {
        for (int y = y0; y < y0 + h; y++) {
            for (int x = x0; x < x0 + w; x++) {
                if (terrain.inside(x, y)) {
                    covered[y * terrain.width() + x] += delta;
                }
            }
        }
        version++;
    }
}
