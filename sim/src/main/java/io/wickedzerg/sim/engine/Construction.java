package io.wickedzerg.sim.engine;

import io.wickedzerg.sim.data.ProductionKind;
import io.wickedzerg.sim.data.Race;
import io.wickedzerg.sim.data.ResourceKind;
import io.wickedzerg.sim.data.UnitFacts;
import io.wickedzerg.sim.engine.command.Command;
import io.wickedzerg.sim.engine.command.CommandResult;
import io.wickedzerg.sim.map.Point2;

import java.util.Optional;

/** A worker told to build: checked when ordered, paid and placed when it reaches the site. */
final class Construction {
    static final double BUILD_REACH = 1.0;

    private final Game game;
    private final Requirements requirements;
    private final UnitOrders orders;

    Construction(Game game, Requirements requirements, UnitOrders orders) {
        this.game = game;
        this.requirements = requirements;
        this.orders = orders;
    }

    CommandResult build(int playerId, SimUnit worker, Command.Build c) {
        return build(playerId, worker, c.structureType(), c.point(), 0, c.queued());
    }

    CommandResult buildOnGeyser(int playerId, SimUnit worker, Command.BuildOnGeyser c) {
        SimUnit geyser = game.unit(c.geyserTag());
        if (geyser == null || geyser.facts.resource() != ResourceKind.VESPENE || geyser.owner != Game.NEUTRAL) {
            return CommandResult.MustTargetResources;
        }
        return build(playerId, worker, c.structureType(), geyser.position(), geyser.tag, c.queued());
    }

    private CommandResult build(int playerId, SimUnit worker, int structureType, Point2 point, long geyserTag, boolean queued) {
        Optional<UnitFacts> found = game.catalog.find(structureType);
        if (found.isEmpty() || !found.get().isStructure()) {
            return CommandResult.Error;
        }
        UnitFacts facts = found.get();
        if (!worker.facts.worker() || !facts.producers().contains(worker.facts.id())
                || (facts.production() != ProductionKind.BUILD && facts.production() != ProductionKind.DRONE_MORPH)) {
            return CommandResult.Error;
        }
        if (!requirements.techMet(playerId, facts.techRequirement())) {
            return CommandResult.TechRequirementsNotMet;
        }
        CommandResult money = Requirements.affordable(game.player(playerId), facts, 1);
        if (!money.ok()) {
            return money;
        }
        CommandResult place = geyserTag != 0 ? CommandResult.Success : game.placement.check(playerId, facts, point);
        if (!place.ok()) {
            return place;
        }
        return orders.order(worker, new Order.Build(facts, point, geyserTag), queued);
    }

    /** Called by the worker's order when it reaches the site: pays and places the structure. */
    CommandResult place(SimUnit worker, Order.Build order) {
        PlayerState player = game.player(worker.owner);
        UnitFacts facts = order.structure();
        CommandResult money = Requirements.affordable(player, facts, 1);
        if (!money.ok()) {
            return money;
        }
        if (!requirements.techMet(worker.owner, facts.techRequirement())) {
            return CommandResult.TechRequirementsNotMet;
        }
        Point2 at = order.point();
        SimUnit geyser = null;
        if (order.geyserTag() != 0) {
            geyser = game.unit(order.geyserTag());
            if (geyser == null || game.placement.gasBuildingOn(geyser) != null) {
                return CommandResult.CantBuildLocationInvalid;
            }
            at = geyser.position();
        } else {
            CommandResult ok = game.placement.check(worker.owner, facts, at);
            if (!ok.ok()) {
                return ok;
            }
        }
        player.pay(facts.netCost(), 1);
        SimUnit structure = game.createUnit(worker.owner, facts, at.x(), at.y(), false);
        if (geyser != null) {
            structure.vespeneContents = geyser.vespeneContents;
        }
        if (facts.production() == ProductionKind.DRONE_MORPH) {
            worker.orders.clear();
            game.kill(worker, null);
            game.player(worker.owner).lostMinerals -= worker.facts.reportedCost().minerals();
            worker.alive = false;
            structure.health = Math.max(structure.health, 1);
        } else if (facts.race() == Race.TERRAN) {
            worker.orders.pollFirst();
            worker.orders.addFirst(new Order.Construct(structure.tag, facts.abilityId()));
        } else {
            worker.orders.pollFirst();
        }
        return CommandResult.Success;
    }
}
