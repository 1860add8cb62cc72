package io.wickedzerg.sim.engine;

import io.wickedzerg.sim.data.UnitTypeIds;
import io.wickedzerg.sim.engine.command.CommandResult;
import io.wickedzerg.sim.map.Point2;

/** Queens' and tumors' abilities: inject larva (cast on arrival) and creep tumors. */
final class Casts {
    private final Game game;
    private final UnitOrders orders;

    Casts(Game game, UnitOrders orders) {
        this.game = game;
        this.orders = orders;
    }

    CommandResult inject(SimUnit queen, long hatcheryTag, boolean queued) {
        if (queen.facts.id() != UnitTypeIds.QUEEN) {
            return CommandResult.Error;
        }
        SimUnit hatch = game.unit(hatcheryTag);
        if (hatch == null || !TypeGroups.isZergTownhall(hatch.facts.id()) || hatch.owner != queen.owner || !hatch.finished()) {
            return CommandResult.CantTargetThatUnit;
        }
        if (queen.energy < Producing.INJECT_ENERGY) {
            return CommandResult.NotEnoughEnergy;
        }
        return orders.order(queen, new Order.Inject(hatch.tag), queued);
    }

    CommandResult creepTumor(SimUnit u, Point2 site, boolean queued) {
        if (u.facts.id() == UnitTypeIds.CREEP_TUMOR_BURROWED) {
            return game.tumors.plantByTumor(u, site);
        }
        CommandResult ok = game.tumors.checkQueen(u, site);
        return ok.ok() ? orders.order(u, new Order.PlantTumor(site), queued) : ok;
    }

    /** Called when the queen reaches the hatchery. */
    CommandResult applyInject(SimUnit queen, SimUnit hatch) {
        if (queen.energy < Producing.INJECT_ENERGY) {
            return CommandResult.NotEnoughEnergy;
        }
        queen.energy -= Producing.INJECT_ENERGY;
        if (hatch.injectLoopsLeft > 0) {
            // since patch 3.8 a second inject queues on the hatchery and starts when the running one ends
            hatch.injectsQueued++;
        } else {
            hatch.injectLoopsLeft = Producing.INJECT_LOOPS;
        }
        return CommandResult.Success;
    }
}
