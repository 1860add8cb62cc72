package io.wickedzerg.sim.engine;

import io.wickedzerg.sim.data.ProductionKind;
import io.wickedzerg.sim.data.UnitFacts;
import io.wickedzerg.sim.data.UnitTypeIds;
import io.wickedzerg.sim.data.UpgradeFacts;
import io.wickedzerg.sim.engine.command.CommandResult;

import java.util.Optional;

/** Train (from a queue or from larva), morph, research, and cancel what is queued or under construction. */
final class ProductionCommands {
    static final int QUEUE_LIMIT = 5;
    static final int REACTOR_QUEUE_LIMIT = 8;

    private final Game game;
    private final Requirements requirements;

    ProductionCommands(Game game, Requirements requirements) {
        this.game = game;
        this.requirements = requirements;
    }

    CommandResult train(int playerId, SimUnit u, int unitType) {
        Optional<UnitFacts> found = game.catalog.find(unitType);
        if (found.isEmpty()) {
            return CommandResult.Error;
        }
        UnitFacts facts = found.get();
        PlayerState player = game.player(playerId);
        if (facts.production() == ProductionKind.LARVA) {
            SimUnit larva = u;
            if (TypeGroups.isZergTownhall(u.facts.id())) {
                larva = larvaOf(u);
                if (larva == null) {
                    return CommandResult.CantQueueThatOrder;
                }
            }
            if (larva.facts.id() != UnitTypeIds.LARVA) {
                return CommandResult.Error;
            }
            int count = Math.max(1, facts.unitsPerOrder());
            CommandResult ok = requirements.canProduce(player, facts, count);
            if (!ok.ok()) {
                return ok;
            }
            player.pay(facts.netCost(), count);
            larva.facts = game.catalog.find(UnitTypeIds.EGG).orElse(larva.facts);
            larva.health = larva.facts.hp();
            larva.orders.clear();
            larva.queue.add(Production.train(facts));
            return CommandResult.Success;
        }
        if (facts.production() != ProductionKind.TRAIN || !facts.producers().contains(u.facts.id())) {
            return CommandResult.Error;
        }
        if (!u.finished() || game.addOns.building(u)) {
            return CommandResult.Error;
        }
        if (u.queue.size() >= (game.addOns.parallelSlots(u) > 1 ? REACTOR_QUEUE_LIMIT : QUEUE_LIMIT)) {
            return CommandResult.QueueIsFull;
        }
        if (!game.addOns.attachedRequirementMet(u, facts)) {
            return CommandResult.TechRequirementsNotMet;
        }
        CommandResult ok = requirements.canProduce(player, facts, 1);
        if (!ok.ok()) {
            return ok;
        }
        player.pay(facts.netCost(), 1);
        u.queue.add(Production.train(facts));
        return CommandResult.Success;
    }

    SimUnit larvaOf(SimUnit hatch) {
        for (SimUnit l : game.units.values()) {
            if (l.alive && l.facts.id() == UnitTypeIds.LARVA && l.hatchery == hatch.tag) {
                return l;
            }
        }
        return null;
    }

    CommandResult morph(int playerId, SimUnit u, int targetType) {
        Optional<UnitFacts> found = game.catalog.find(targetType);
        if (found.isEmpty()) {
            return CommandResult.Error;
        }
        UnitFacts into = found.get();
        if (into.production() != ProductionKind.MORPH || into.morphsFrom() != u.facts.id()) {
            return CommandResult.Error;
        }
        if (!u.finished() || !u.queue.isEmpty()) {
            return CommandResult.QueueIsFull;
        }
        PlayerState player = game.player(playerId);
        CommandResult ok = requirements.canProduce(player, into, 1);
        if (!ok.ok()) {
            return ok;
        }
        player.pay(into.netCost(), 1);
        u.orders.clear();
        u.queue.add(Production.morph(into));
        return CommandResult.Success;
    }

    CommandResult research(int playerId, SimUnit u, int upgradeId) {
        Optional<UpgradeFacts> found = game.upgradeCatalog.find(upgradeId);
        if (found.isEmpty()) {
            return CommandResult.Error;
        }
        UpgradeFacts up = found.get();
        PlayerState player = game.player(playerId);
        if (!u.facts.satisfies(up.researchedBy()) || !u.finished()) {
            return CommandResult.Error;
        }
        if (player.upgrades.contains(up.id()) || player.researching.contains(up.id())) {
            return CommandResult.Error;
        }
        if (!requirements.techMet(playerId, up.techRequirement()) || up.requiredUpgrade() != 0
                && !player.upgrades.contains(up.requiredUpgrade()) && !player.cheating(Cheat.TECH_TREE)) {
            return CommandResult.TechRequirementsNotMet;
        }
        if (u.queue.size() >= QUEUE_LIMIT) {
            return CommandResult.QueueIsFull;
        }
        CommandResult money = player.afford(up.cost(), 1);
        if (!money.ok()) {
            return money;
        }
        player.pay(up.cost(), 1);
        player.researching.add(up.id());
        u.queue.add(Production.research(up));
        return CommandResult.Success;
    }

    CommandResult cancel(int playerId, SimUnit u) {
        PlayerState player = game.player(playerId);
        if (!u.finished() && u.isStructure()) {
            player.refund(u.facts.netCost(), 0.75);
            game.kill(u, null);
            return CommandResult.Success;
        }
        Production last = u.queue.pollLast();
        if (last == null) {
            return CommandResult.Error;
        }
        switch (last.kind) {
            case TRAIN -> player.refund(last.unit.netCost(), 1.0);
            case MORPH -> player.refund(last.unit.netCost(), 1.0);
            case RESEARCH -> {
                player.refund(last.upgrade.cost(), 1.0);
                player.researching.remove(last.upgrade.id());
            }
        }
        if (u.facts.id() == UnitTypeIds.EGG) {
            game.kill(u, null);
        }
        return CommandResult.Success;
    }
}
