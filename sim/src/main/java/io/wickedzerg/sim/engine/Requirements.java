package io.wickedzerg.sim.engine;

import io.wickedzerg.sim.data.UnitFacts;
import io.wickedzerg.sim.engine.command.CommandResult;

/** What a command needs before it is accepted: the tech it requires, the money and the supply. */
final class Requirements {
    private final Game game;

    Requirements(Game game) {
        this.game = game;
    }

    CommandResult canProduce(PlayerState player, UnitFacts facts, int count) {
        if (!techMet(player.id(), facts.techRequirement())) {
            return CommandResult.TechRequirementsNotMet;
        }
        CommandResult money = affordable(player, facts, count);
        if (!money.ok()) {
            return money;
        }
        if (facts.foodRequired() > 0 && !player.cheating(Cheat.FOOD)) {
            Views.Supply supply = new Views(game).supply(player.id());
            if (supply.used() + Math.ceil(facts.foodRequired() * count - 1e-6) > supply.cap()) {
                return CommandResult.NotEnoughFood;
            }
        }
        return CommandResult.Success;
    }

    static CommandResult affordable(PlayerState player, UnitFacts facts, int count) {
        return player.afford(facts.netCost(), count);
    }

    boolean techMet(int playerId, int requirement) {
        if (requirement == 0 || game.player(playerId).cheating(Cheat.TECH_TREE)) {
            return true;
        }
        for (SimUnit u : game.units.values()) {
            if (u.alive && u.owner == playerId && u.finished() && u.facts.satisfies(requirement)) {
                return true;
            }
        }
        return false;
    }
}
