package io.wickedzerg.sim.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps ground units from standing inside each other: every loop, each overlapping pair of movable ground
 * units is pushed apart along the line between their centres, a share of the overlap a loop (a soft push,
 * so a crowd spreads over a few loops instead of jittering). Harvesting workers pass through each other, as
 * in the real game; structures, flyers and units that cannot move are left alone (paths already go around
 * structures). A push never moves a unit onto an unwalkable cell. Pairs are handled in unit order, so the
 * result is deterministic.
 */
final class Separation {
    /** Share of the overlap removed each loop. */
    static final double STIFFNESS = 0.5;

    private final Game game;
    private final UnitGrid grid;
    private final List<SimUnit> movers = new ArrayList<>();
    private final List<SimUnit> neighbours = new ArrayList<>();

    Separation(Game game) {
        this.game = game;
        this.grid = new UnitGrid(game.terrain.width(), game.terrain.height(), 1);
    }

    void tick(List<SimUnit> units) {
        movers.clear();
        grid.clear();
        for (SimUnit u : units) {
            if (collides(u)) {
                movers.add(u);
                grid.add(u);
            }
        }
        if (movers.size() < 2) {
            return;
        }
        double reach = grid.maxRadius() * 2;
        for (SimUnit a : movers) {
            neighbours.clear();
            grid.near(a.x, a.y, reach, neighbours);
            for (SimUnit b : neighbours) {
                if (b.tag > a.tag) {
                    push(a, b);
                }
            }
        }
    }

    private static boolean collides(SimUnit u) {
        if (!u.alive || u.isStructure() || u.facts.flying() || !u.finished() || u.facts.speedPerLoop() <= 0) {
            return false;
        }
        Order order = u.currentOrder();
        return !(order instanceof Order.Gather || order instanceof Order.ReturnCargo);
    }

    private void push(SimUnit a, SimUnit b) {
        double dx = b.x - a.x;
        double dy = b.y - a.y;
        double touching = a.facts.radius() + b.facts.radius();
        double squared = dx * dx + dy * dy;
        if (squared >= touching * touching) {
            return;
        }
        double distance = Math.sqrt(squared);
        double overlap = touching - distance;
        if (overlap <= 1e-9) {
            return;
        }
        double nx;
        double ny;
        if (distance < 1e-9) {
            // same spot: a direction fixed by the pair's tags (golden angle), never random
            double angle = (a.tag ^ b.tag) * 2.399963229728653;
            nx = Math.cos(angle);
            ny = Math.sin(angle);
        } else {
            nx = dx / distance;
            ny = dy / distance;
        }
        double share = overlap * STIFFNESS / 2;
        shift(a, -nx * share, -ny * share);
        shift(b, nx * share, ny * share);
    }

    private void shift(SimUnit u, double dx, double dy) {
        double x = u.x + dx;
        double y = u.y + dy;
        int cx = (int) Math.floor(x);
        int cy = (int) Math.floor(y);
        boolean sameCell = cx == (int) Math.floor(u.x) && cy == (int) Math.floor(u.y);
        if (sameCell || game.ground.walkable(cx, cy)) {
            u.x = x;
            u.y = y;
        }
    }
}
