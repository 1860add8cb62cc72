package io.wickedzerg.sim.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Deaths: a killed unit is scored (killed value for the killer, lost cost for the owner) at once and taken out
 * of the world when the loop's systems are done with it, so none of them meets a unit vanishing mid-loop.
 */
final class Deaths {
    private final Game game;
    private final Vision vision;

    Deaths(Game game, Vision vision) {
        this.game = game;
        this.vision = vision;
    }

    void kill(SimUnit unit, SimUnit killer) {
        if (!unit.alive) {
            return;
        }
        unit.alive = false;
        if (killer != null && killer.owner != Game.NEUTRAL && unit.owner != Game.NEUTRAL && killer.owner != unit.owner) {
            PlayerState k = game.players.get(killer.owner);
            int value = unit.facts.reportedCost().minerals() + unit.facts.reportedCost().vespene();
            if (unit.isStructure()) {
                k.killedValueStructures += value;
            } else {
                k.killedValueUnits += value;
            }
        }
        if (unit.owner != Game.NEUTRAL) {
            PlayerState owner = game.players.get(unit.owner);
            owner.lostMinerals += unit.facts.reportedCost().minerals();
            owner.lostVespene += unit.facts.reportedCost().vespene();
        }
    }

    /** Takes the dead out of the world and tells every player who knew them. */
    void removeDead() {
        List<Long> dead = null;
        for (SimUnit u : game.units.values()) {
            if (!u.alive) {
                if (dead == null) {
                    dead = new ArrayList<>();
                }
                dead.add(u.tag);
            }
        }
        if (dead == null) {
            return;
        }
        for (long tag : dead) {
            SimUnit u = game.units.remove(tag);
            if (u.isStructure()) {
                game.footprint(u, -1);
                game.obstacles.removed(u);
                if (u.owner != Game.NEUTRAL) {
                    game.players.get(u.owner).structures--;
                }
            }
            for (PlayerState p : game.players.values()) {
                if (u.owner == p.id() || u.owner == Game.NEUTRAL || vision.visibleTo(p, u) || p.remembered.containsKey(tag)) {
                    p.deadSinceObservation.add(tag);
                }
                p.remembered.remove(tag);
            }
        }
    }
}
