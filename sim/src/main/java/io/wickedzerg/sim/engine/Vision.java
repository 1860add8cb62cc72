package io.wickedzerg.sim.engine;

import io.wickedzerg.sim.engine.view.UnitView;

/**
 * What each player sees: every 4 loops each player's units light up the cells within their sight range
 * (ignoring terrain height). Cells seen before stay "explored". Enemy structures seen are remembered as
 * snapshots until their spot is seen empty. A computer with {@link Cheats#fullVision()} sees every cell.
 */
final class Vision {
    static final int INTERVAL = 4;
    static final byte HIDDEN = 0;
    static final byte FOGGED = 1;
    static final byte VISIBLE = 2;

    private final Game game;

    Vision(Game game) {
        this.game = game;
    }

    void update() {
        int width = game.terrain.width();
        int height = game.terrain.height();
        for (PlayerState p : game.allPlayers()) {
            byte[] grid = p.visibility;
            if (p.cheats.fullVision()) {
                // the cheat sees every cell, so nothing to light or fog; remembered structures still update below
                java.util.Arrays.fill(grid, VISIBLE);
                p.visibilityVersion++;
                rememberStructures(p);
                continue;
            }
            p.lit.fillAndClear(grid, FOGGED);
            if (p.cheating(Cheat.SHOW_MAP)) {
                // the show map cheat lights every cell; listed as lit so turning it off fogs the map again
                java.util.Arrays.fill(grid, VISIBLE);
                p.lit.add(0, grid.length);
            }
            for (SimUnit u : game.units.values()) {
                if (!u.alive || u.owner != p.id()) {
                    continue;
                }
                light(grid, p.lit, width, height, u.x, u.y, u.facts.sightRange());
            }
            p.visibilityVersion++;
            rememberStructures(p);
        }
    }

    /**
     * Marks the cells whose centres lie within {@code sight} of (x, y), one row span at a time: the same
     * cells as testing each one, without a distance test per cell.
     */
    private static void light(byte[] grid, LitSpans lit, int width, int height, double x, double y, double sight) {
        int r = (int) Math.ceil(sight);
        double r2 = sight * sight;
        int cy = (int) Math.floor(y);
        int y0 = Math.max(0, cy - r);
        int y1 = Math.min(height - 1, cy + r);
        for (int row = y0; row <= y1; row++) {
            double dy = row + 0.5 - y;
            double half2 = r2 - dy * dy;
            if (half2 < 0) {
                continue;
            }
            double half = Math.sqrt(half2);
            // cells whose centre x + 0.5 lies in [x - half, x + half]
            int x0 = Math.max(0, (int) Math.ceil(x - half - 0.5));
            int x1 = Math.min(width - 1, (int) Math.floor(x + half - 0.5));
            if (x0 <= x1) {
                java.util.Arrays.fill(grid, row * width + x0, row * width + x1 + 1, VISIBLE);
                lit.add(row * width + x0, row * width + x1 + 1);
            }
        }
    }

    private void rememberStructures(PlayerState p) {
        Views views = new Views(game);
        for (SimUnit u : game.units.values()) {
            if (u.alive && u.owner != p.id() && u.owner != Game.NEUTRAL && u.isStructure() && sees(game, p, u)) {
                p.remembered.put(u.tag, views.snapshotOf(u, p.id()));
            }
        }
        p.remembered.entrySet().removeIf(e -> {
            SimUnit u = game.unit(e.getKey());
            UnitView seen = e.getValue();
            return (u == null || !u.alive) && cellVisible(game, p, seen.position().x(), seen.position().y());
        });
    }

    boolean visibleTo(PlayerState p, SimUnit u) {
        return sees(game, p, u);
    }

    static boolean sees(Game game, PlayerState p, SimUnit u) {
        if (u.owner == p.id()) {
            return true;
        }
        return cellVisible(game, p, u.x, u.y);
    }

    static boolean cellVisible(Game game, PlayerState p, double x, double y) {
        int cx = (int) Math.floor(x);
        int cy = (int) Math.floor(y);
        if (!game.terrain.inside(cx, cy)) {
            return false;
        }
        return p.visibility[cy * game.terrain.width() + cx] == VISIBLE;
    }
}
