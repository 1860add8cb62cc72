package io.wickedzerg.sim.engine;

import io.wickedzerg.sim.data.UnitFacts;
import io.wickedzerg.sim.data.UnitTypeIds;
import io.wickedzerg.sim.engine.command.CommandResult;
import io.wickedzerg.sim.map.Point2;

/**
 * The rules of creep tumors: a queen plants one for 25 energy where she walks to, a finished tumor burrows,
 * spreads creep and may plant exactly one more within 10 cells of itself. The site must be on creep, seen by
 * the player and free on the placement grid.
 */
final class CreepTumors {
    static final int QUEEN_ENERGY = 25;
    static final double TUMOR_CAST_RANGE = 10;
    /** How close a queen walks to the site before planting (edge to edge, as for a drone's build). */
    static final double QUEEN_REACH = 1.0;

    private final Game game;

    CreepTumors(Game game) {
        this.game = game;
    }

    static boolean isTumor(int type) {
        return type == UnitTypeIds.CREEP_TUMOR || type == UnitTypeIds.CREEP_TUMOR_QUEEN
                || type == UnitTypeIds.CREEP_TUMOR_BURROWED;
    }

    /** Whether this unit may plant a tumor now, ignoring the site. */
    boolean canCast(SimUnit u) {
        if (!u.finished()) {
            return false;
        }
        if (u.facts.id() == UnitTypeIds.QUEEN) {
            return u.energy >= QUEEN_ENERGY;
        }
        return u.facts.id() == UnitTypeIds.CREEP_TUMOR_BURROWED && !u.tumorSpent;
    }

    /** Checks a queen's order when given; the queen then walks and {@link #plantByQueen} checks again on arrival. */
    CommandResult checkQueen(SimUnit queen, Point2 site) {
        if (queen.facts.id() != UnitTypeIds.QUEEN || !queen.finished()) {
            return CommandResult.Error;
        }
        if (queen.energy < QUEEN_ENERGY) {
            return CommandResult.NotEnoughEnergy;
        }
        return checkSite(queen.owner, site);
    }

    CommandResult plantByQueen(SimUnit queen, Point2 site) {
        CommandResult ok = checkQueen(queen, site);
        if (!ok.ok()) {
            return ok;
        }
        queen.energy -= QUEEN_ENERGY;
        game.createUnit(queen.owner, game.catalog.get(UnitTypeIds.CREEP_TUMOR_QUEEN), site.x(), site.y(), false);
        return CommandResult.Success;
    }

    /** A burrowed tumor plants its one child at once: it cannot move, so there is nothing to walk to. */
    CommandResult plantByTumor(SimUnit tumor, Point2 site) {
        if (tumor.facts.id() != UnitTypeIds.CREEP_TUMOR_BURROWED || !tumor.finished() || tumor.tumorSpent) {
            return CommandResult.Error;
        }
        if (site.distanceTo(tumor.x, tumor.y) > TUMOR_CAST_RANGE) {
            return CommandResult.TargetIsOutOfRange;
        }
        CommandResult ok = checkSite(tumor.owner, site);
        if (!ok.ok()) {
            return ok;
        }
        tumor.tumorSpent = true;
        game.createUnit(tumor.owner, game.catalog.get(UnitTypeIds.CREEP_TUMOR), site.x(), site.y(), false);
        return CommandResult.Success;
    }

    /** A tumor that finished growing burrows; the caller then spreads its creep. */
    void burrow(SimUnit tumor) {
        int type = tumor.facts.id();
        if (type != UnitTypeIds.CREEP_TUMOR && type != UnitTypeIds.CREEP_TUMOR_QUEEN) {
            return;
        }
        UnitFacts burrowed = game.catalog.get(UnitTypeIds.CREEP_TUMOR_BURROWED);
        tumor.facts = burrowed;
        tumor.buildLoops = burrowed.buildTime();
        tumor.builtLoops = tumor.buildLoops;
        tumor.health = burrowed.hp();
    }

    private CommandResult checkSite(int playerId, Point2 site) {
        int x = (int) Math.floor(site.x());
        int y = (int) Math.floor(site.y());
        if (!game.terrain.inside(x, y)) {
            return CommandResult.CantBuildLocationInvalid;
        }
        if (game.player(playerId).visibility[y * game.terrain.width() + x] != Vision.VISIBLE) {
            return CommandResult.CantSeeBuildLocation;
        }
        return game.placement.check(playerId, game.catalog.get(UnitTypeIds.CREEP_TUMOR_QUEEN), site);
    }
}
