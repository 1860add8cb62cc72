package io.wickedzerg.sim.engine;

import io.wickedzerg.sim.map.Terrain;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps units from standing inside each other: every loop, each overlapping pair of movable units on the
 * same layer (ground with ground, air with air) is pushed apart along the line between their centres, a
 * share of the overlap a loop (a soft push, so a crowd spreads over a few loops instead of jittering).
 * Harvesting workers pass through each other, as in the real game; structures and units that cannot move
 * are left alone (paths already go around structures). A push never moves a ground unit onto an unwalkable
 * cell, nor a flyer off the map. Pairs are handled in unit order, so the result is deterministic.
 */
final class Separation {
    /** Share of the overlap removed each loop. */
    static final double STIFFNESS = 0.5;

    private final Game game;
    private final Layer ground;
    private final Layer air;
    private final List<SimUnit> neighbours = new ArrayList<>();

    /** The movable units of one layer this loop, and a grid to find their neighbours. */
    private static final class Layer {
        final UnitGrid grid;
        final List<SimUnit> movers = new ArrayList<>();

        Layer(Terrain terrain) {
            grid = new UnitGrid(terrain.width(), terrain.height(), 1);
        }

        void clear() {
            movers.clear();
            grid.clear();
        }

        void add(SimUnit u) {
            movers.add(u);
            grid.add(u);
        }
    }

    Separation(Game game) {
        this.game = game;
        this.ground = new Layer(game.terrain);
        this.air = new Layer(game.terrain);
    }

    void tick(List<SimUnit> units) {
        ground.clear();
        air.clear();
        for (SimUnit u : units) {
            if (collides(u)) {
                (u.facts.flying() ? air : ground).add(u);
            }
        }
        separate(ground);
        separate(air);
    }

    private void separate(Layer layer) {
        if (layer.movers.size() < 2) {
            return;
        }
        double reach = layer.grid.maxRadius() * 2;
        for (SimUnit a : layer.movers) {
            neighbours.clear();
            layer.grid.near(a.x, a.y, reach, neighbours);
            for (SimUnit b : neighbours) {
                if (b.tag > a.tag) {
                    push(a, b);
                }
            }
        }
    }

    private static boolean collides(SimUnit u) {
        if (!u.alive || u.isStructure() || !u.finished() || u.facts.speedPerLoop() <= 0) {
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
            nx = StrictMath.cos(angle);
            ny = StrictMath.sin(angle);
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
        boolean allowed = u.facts.flying() ? game.terrain.inside(cx, cy) : game.ground.walkable(cx, cy);
        if (sameCell || allowed) {
            u.x = x;
            u.y = y;
        }
    }
}
