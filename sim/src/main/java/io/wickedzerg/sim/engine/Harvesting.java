package io.wickedzerg.sim.engine;

import io.wickedzerg.sim.data.ResourceKind;

import java.util.List;

/**
 * Workers mining. Times from Liquipedia ("Resources", liquipedia.net/starcraft2/Resources), in normal-speed
 * seconds converted at 16 loops each (= 1.99 s and 0.357 s at "faster", as the current page gives them):
 * a worker occupies a mineral field for 2.786 s (44.6 loops) and then pauses 0.5 s (8 loops) while the
 * next worker may start; it carries 5 minerals. In a gas building it spends 1.981 s (31.7 loops) and
 * carries 4 vespene. One worker at a time per field or gas building, so two per patch nearly double the
 * income, a third adds little, and three saturate a geyser. Workers walk straight between the edges of the
 * resource's and the townhall's footprints (they ignore collisions while mining in the real game too),
 * accelerating and braking on each leg ({@link WorkerMotion}).
 *
 * <p>What comes out, on the built-in maps' bases (fields 6.5-7.5 cells from the townhall centre, the real
 * 3-cell gap), matches the rates measured in the real game (tl.net post 5888322, "PiousFlea", timed at normal
 * speed; per "faster" minute multiply by 1.4): about 40 minerals per worker per normal-speed minute up to
 * two per patch, ~670 a minute for 16 workers on 8 fields, ~815 for 24, and ~114 gas a minute from a
 * geyser with 3 workers (~160 per "faster" minute). A cheating computer level multiplies what it drops off
 * ({@link Cheats#harvestMultiplier()}).
 */
final class Harvesting {
    static final double MINERAL_LOOPS = 2.786 * 16;
    static final double MINERAL_PAUSE_LOOPS = 0.5 * 16;
    static final double GAS_LOOPS = 1.981 * 16;
    static final int MINERALS_PER_TRIP = 5;
    static final int VESPENE_PER_TRIP = 4;
    /** How near (edge to footprint edge) a worker must be to mine or drop off. */
    static final double REACH = 0.1;
    /** A worker waiting this long at a busy field looks for a free one nearby. */
    static final int PATIENCE_LOOPS = 6;

    private final Game game;
    private final Moving moving;

    Harvesting(Game game) {
        this.game = game;
        this.moving = new Moving(game);
    }

    void tick(List<SimUnit> units) {
        for (SimUnit w : units) {
            if (!w.alive || !w.facts.worker()) {
                continue;
            }
            Order order = w.currentOrder();
            if (order instanceof Order.Gather gather) {
                gather(w, gather);
            } else if (order instanceof Order.ReturnCargo ret) {
                returnCargo(w, ret);
            }
        }
    }

    private void gather(SimUnit w, Order.Gather order) {
        SimUnit resource = game.unit(order.resourceTag());
        if (resource == null || !canMine(w, resource)) {
            SimUnit replacement = game.nearestMineral(w, 10);
            w.orders.pollFirst();
            if (replacement != null) {
                w.orders.addFirst(new Order.Gather(replacement.tag));
                w.phase = SimUnit.HarvestPhase.TO_RESOURCE;
            }
            return;
        }
        if (w.cargoMinerals > 0 || w.cargoVespene > 0) {
            if (w.phase != SimUnit.HarvestPhase.PAUSE) {
                w.orders.pollFirst();
                w.orders.addFirst(new Order.ReturnCargo(resource.tag));
                w.phase = SimUnit.HarvestPhase.TO_DROP_OFF;
                return;
            }
        }
        boolean gas = resource.facts.resource() != ResourceKind.MINERALS;
        switch (w.phase) {
            case TO_RESOURCE, TO_DROP_OFF -> {
                w.phase = SimUnit.HarvestPhase.TO_RESOURCE;
                double arrive = reachOf(w, resource);
                if (moving.stepStraight(w, resource.position(), arrive)) {
                    w.phase = SimUnit.HarvestPhase.WAITING;
                    w.phaseLoops = 0;
                    tryStartMining(w, resource, gas);
                }
            }
            case WAITING -> {
                w.phaseLoops++;
                if (!tryStartMining(w, resource, gas) && !gas && w.phaseLoops > PATIENCE_LOOPS) {
                    SimUnit free = freeMineralNear(w, resource);
                    if (free != null) {
                        w.orders.pollFirst();
                        w.orders.addFirst(new Order.Gather(free.tag));
                        w.phase = SimUnit.HarvestPhase.TO_RESOURCE;
                    }
                }
            }
            case MINING -> {
                if (game.loop() >= w.occupiedUntil) {
                    int taken;
                    if (gas) {
                        taken = Math.min(VESPENE_PER_TRIP, resource.vespeneContents);
                        resource.vespeneContents -= taken;
                        if (taken > 0 && resource.vespeneContents <= 0) {
                            game.player(w.owner).alert(Alert.VespeneExhausted);
                        }
                        w.cargoVespene = taken;
                    } else {
                        taken = Math.min(MINERALS_PER_TRIP, resource.mineralContents);
                        resource.mineralContents -= taken;
                        w.cargoMinerals = taken;
                        if (resource.mineralContents <= 0) {
                            game.player(w.owner).alert(Alert.MineralsExhausted);
                            game.kill(resource, null);
                        }
                    }
                    w.phase = SimUnit.HarvestPhase.PAUSE;
                    w.phaseLoops = gas ? 0 : (int) Math.round(MINERAL_PAUSE_LOOPS);
                }
            }
            case PAUSE -> {
                if (w.phaseLoops-- <= 0) {
                    w.orders.pollFirst();
                    w.orders.addFirst(new Order.ReturnCargo(resource.tag));
                    w.phase = SimUnit.HarvestPhase.TO_DROP_OFF;
                }
            }
        }
    }

    private boolean tryStartMining(SimUnit w, SimUnit resource, boolean gas) {
        if (resource.occupant != 0 && resource.occupant != w.tag && game.loop() < resource.occupiedUntil) {
            return false;
        }
        double loops = gas ? GAS_LOOPS : MINERAL_LOOPS;
        resource.occupant = w.tag;
        resource.occupiedUntil = game.loop() + Math.round(loops);
        w.occupiedUntil = resource.occupiedUntil;
        w.phase = SimUnit.HarvestPhase.MINING;
        return true;
    }

    private void returnCargo(SimUnit w, Order.ReturnCargo order) {
        if (w.cargoMinerals == 0 && w.cargoVespene == 0) {
            w.orders.pollFirst();
            resumeGathering(w, order.backTo());
            return;
        }
        SimUnit hall = nearestTownhall(w);
        if (hall == null) {
            return; // nowhere to go; keep the cargo and wait
        }
        w.phase = SimUnit.HarvestPhase.TO_DROP_OFF;
        double arrive = reachOf(w, hall);
        if (moving.stepStraight(w, hall.position(), arrive)) {
            PlayerState player = game.player(w.owner);
            // a cheating level's bonus is paid at the drop-off: the field gave the usual cargo, the bank gets more
            int minerals = w.cargoMinerals * player.cheats.harvestMultiplier();
            int vespene = w.cargoVespene * player.cheats.harvestMultiplier();
            player.minerals += minerals;
            player.vespene += vespene;
            player.collectedMinerals += minerals;
            player.collectedVespene += vespene;
            w.cargoMinerals = 0;
            w.cargoVespene = 0;
            w.orders.pollFirst();
            resumeGathering(w, order.backTo());
        }
    }

    private void resumeGathering(SimUnit w, long backTo) {
        if (backTo == 0 || !w.orders.isEmpty()) {
            return;
        }
        SimUnit resource = game.unit(backTo);
        if (resource == null) {
            resource = game.nearestMineral(w, 10);
        }
        if (resource != null) {
            w.orders.addFirst(new Order.Gather(resource.tag));
            w.phase = SimUnit.HarvestPhase.TO_RESOURCE;
        }
    }

    /**
     * Centre distance at which a worker touches {@code target}: its radius plus the distance from the target's
     * centre to the edge of its footprint in the worker's direction (a 2x1 field is nearer on its long side).
     */
    static double reachOf(SimUnit w, SimUnit target) {
        int fw = target.facts.footprint().width();
        int fh = target.facts.footprint().height();
        double edge;
        double dx = Math.abs(w.x - target.x);
        double dy = Math.abs(w.y - target.y);
        if (fw == 0 || fh == 0 || dx + dy == 0) {
            edge = target.facts.radius();
        } else {
            double d = StrictMath.hypot(dx, dy);
            double ux = dx / d;
            double uy = dy / d;
            edge = Math.min(ux == 0 ? Double.MAX_VALUE : fw / 2.0 / ux, uy == 0 ? Double.MAX_VALUE : fh / 2.0 / uy);
        }
        return w.facts.radius() + edge + REACH;
    }

    boolean canMine(SimUnit w, SimUnit resource) {
        if (resource.facts.resource() == ResourceKind.MINERALS) {
            return resource.mineralContents > 0;
        }
        return TypeGroups.isGasBuilding(resource.facts.id()) && resource.owner == w.owner && resource.finished()
                && resource.vespeneContents > 0;
    }

    private SimUnit nearestTownhall(SimUnit w) {
        SimUnit best = null;
        double bestD = Double.MAX_VALUE;
        for (SimUnit u : game.units.values()) {
            if (u.alive && u.owner == w.owner && u.facts.townhall() && u.finished()) {
                double d = u.distanceTo(w);
                if (d < bestD) {
                    bestD = d;
                    best = u;
                }
            }
        }
        return best;
    }


    /** A field near {@code busy} nobody is mining now, like workers that "bounce" in the real game. */
    private SimUnit freeMineralNear(SimUnit w, SimUnit busy) {
        SimUnit best = null;
        double bestD = 3.5;
        for (SimUnit u : game.units.values()) {
            if (u != busy && u.alive && u.facts.resource() == ResourceKind.MINERALS && u.mineralContents > 0
                    && game.loop() >= u.occupiedUntil) {
                double d = u.distanceTo(busy);
                // distance before reservation: counting gatherers walks every unit
                if (d < bestD && !reserved(u)) {
                    bestD = d;
                    best = u;
                }
            }
        }
        return best;
    }

    private boolean reserved(SimUnit mineral) {
        int gathering = 0;
        for (SimUnit u : game.units.values()) {
            if (u.facts.worker() && u.currentOrder() instanceof Order.Gather g && g.resourceTag() == mineral.tag) {
                gathering++;
            }
        }
        return gathering >= 2;
    }
}
