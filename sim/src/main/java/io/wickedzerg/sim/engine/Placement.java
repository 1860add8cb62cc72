package io.wickedzerg.sim.engine;

import io.wickedzerg.sim.data.Race;
import io.wickedzerg.sim.data.ResourceKind;
import io.wickedzerg.sim.data.UnitFacts;
import io.wickedzerg.sim.data.UnitTypeIds;
import io.wickedzerg.sim.engine.command.CommandResult;
import io.wickedzerg.sim.map.Point2;

/**
 * Where structures may go: every footprint cell on the placement grid and free; Zerg structures on creep
 * (except hatcheries and extractors); townhalls at least 3 cells from resources; Protoss structures in a
 * pylon's power field (6.5) except nexus, pylon and assimilator.
 */
final class Placement {
    static final double PYLON_POWER_RADIUS = 6.5;
    static final int RESOURCE_GAP = 3;

    private final Game game;

    Placement(Game game) {
        this.game = game;
    }

    static int x0(UnitFacts facts, double cx) {
        return (int) Math.round(cx - facts.footprint().width() / 2.0);
    }

    static int y0(UnitFacts facts, double cy) {
        return (int) Math.round(cy - facts.footprint().height() / 2.0);
    }

    CommandResult check(int playerId, UnitFacts facts, Point2 centre) {
        if (!facts.isStructure()) {
            return CommandResult.Error;
        }
        if (TypeGroups.isGasBuilding(facts.id())) {
            return geyserAt(centre) != null ? CommandResult.Success : CommandResult.MustTargetResources;
        }
        int w = Math.max(1, facts.footprint().width());
        int h = Math.max(1, facts.footprint().height());
        int x0 = x0(facts, centre.x());
        int y0 = y0(facts, centre.y());
        boolean zergNeedsCreep = facts.race() == Race.ZERG && !TypeGroups.isZergTownhall(facts.id());
        for (int y = y0; y < y0 + h; y++) {
            for (int x = x0; x < x0 + w; x++) {
                if (!game.terrain.isPlaceable(x, y) || game.ground.coveredAt(x, y)) {
                    return CommandResult.CantBuildLocationInvalid;
                }
                if (zergNeedsCreep && !game.creep.has(x, y)) {
                    return CommandResult.CantBuildTooFarFromCreepSource;
                }
            }
        }
        if (facts.townhall() && tooCloseToResources(x0, y0, w, h)) {
            return CommandResult.CantBuildTooCloseToResources;
        }
        if (needsPower(facts) && !powered(playerId, centre)) {
            return CommandResult.CantBuildTooFarFromBuildPowerSource;
        }
        return CommandResult.Success;
    }

    SimUnit geyserAt(Point2 centre) {
        for (SimUnit u : game.units.values()) {
            if (u.alive && u.facts.resource() == ResourceKind.VESPENE && u.owner == Game.NEUTRAL
                    && centre.distanceTo(u.x, u.y) < 0.9 && gasBuildingOn(u) == null) {
                return u;
            }
        }
        return null;
    }

    SimUnit gasBuildingOn(SimUnit geyser) {
        for (SimUnit u : game.units.values()) {
            if (u.alive && TypeGroups.isGasBuilding(u.facts.id()) && Math.abs(u.x - geyser.x) < 0.5 && Math.abs(u.y - geyser.y) < 0.5) {
                return u;
            }
        }
        return null;
    }

    private boolean tooCloseToResources(int x0, int y0, int w, int h) {
        for (SimUnit u : game.units.values()) {
            if (!u.alive || u.facts.resource() == ResourceKind.NONE) {
                continue;
            }
            int rw = Math.max(1, u.facts.footprint().width());
            int rh = Math.max(1, u.facts.footprint().height());
            int rx0 = x0(u.facts, u.x);
            int ry0 = y0(u.facts, u.y);
            int gapX = Math.max(0, Math.max(rx0 - (x0 + w), x0 - (rx0 + rw)));
            int gapY = Math.max(0, Math.max(ry0 - (y0 + h), y0 - (ry0 + rh)));
            if (Math.max(gapX, gapY) < RESOURCE_GAP) {
                return true;
            }
        }
        return false;
    }

    /** Whether a Protoss structure that needs power stands in one of its owner's pylon fields now. */
    boolean powers(SimUnit structure) {
        return needsPower(structure.facts) && powered(structure.owner, structure.position());
    }

    /** Protoss structures but the nexus, pylons and assimilators work only inside a pylon's field. */
    private static boolean needsPower(UnitFacts facts) {
        return facts.race() == Race.PROTOSS && facts.isStructure() && facts.id() != UnitTypeIds.NEXUS
                && facts.id() != UnitTypeIds.PYLON && !TypeGroups.isGasBuilding(facts.id());
    }

    private boolean powered(int playerId, Point2 centre) {
        for (SimUnit u : game.units.values()) {
            if (u.alive && u.owner == playerId && u.facts.id() == UnitTypeIds.PYLON && u.finished()
                    && centre.distanceTo(u.x, u.y) <= PYLON_POWER_RADIUS) {
                return true;
            }
        }
        return false;
    }
}
