package io.wickedzerg.sim.engine;

import io.wickedzerg.sim.data.ProductionKind;
import io.wickedzerg.sim.data.Race;
import io.wickedzerg.sim.data.ResourceKind;
import io.wickedzerg.sim.data.UnitFacts;
import io.wickedzerg.sim.data.UnitTypeIds;
import io.wickedzerg.sim.data.UpgradeFacts;
import io.wickedzerg.sim.engine.command.Command;
import io.wickedzerg.sim.engine.command.CommandResult;
import io.wickedzerg.sim.engine.command.Target;
import io.wickedzerg.sim.map.Point2;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks a player's command against the rules (ownership, requirements, cost, supply, placement) and turns
 * it into orders or production. A group command (see {@link Command#forEveryUnit()}) runs for every named unit and
 * succeeds if it succeeds for one; any other runs once.
 */
final class CommandExecutor {
    static final int QUEUE_LIMIT = 5;
    static final int REACTOR_QUEUE_LIMIT = 8;
    static final double BUILD_REACH = 1.0;

    private final Game game;

    CommandExecutor(Game game) {
        this.game = game;
    }

    CommandResult execute(int playerId, Command command) {
        List<SimUnit> own = new ArrayList<>();
        for (long tag : command.units()) {
            SimUnit u = game.unit(tag);
            if (u != null && u.owner == playerId) {
                own.add(u);
            }
        }
        if (own.isEmpty()) {
            return CommandResult.Error;
        }
        return command.forEveryUnit() ? forEach(playerId, own, command) : once(playerId, own, command);
    }

    /** Every unit runs it; refused only when every unit refuses, with the first unit's reason. */
    private CommandResult forEach(int playerId, List<SimUnit> units, Command command) {
        boolean accepted = false;
        CommandResult refusal = null;
        for (SimUnit u : units) {
            CommandResult r = apply(playerId, u, command);
            if (r.ok()) {
                accepted = true;
            } else if (refusal == null) {
                refusal = r;
            }
        }
        return accepted ? CommandResult.Success : refusal;
    }

    /**
     * The first unit, in the order the command names them, that can run it does, and no other. The game picks a unit
     * by rules of its own (e.g. the shortest queue) the API does not state; the named order lets the client choose
     * and keeps the outcome from hanging on anything else. Refused by all: the first unit's reason, and nothing for
     * the rest, as the game reports one refusal per command.
     */
    private CommandResult once(int playerId, List<SimUnit> units, Command command) {
        CommandResult refusal = null;
        for (SimUnit u : units) {
            CommandResult r = apply(playerId, u, command);
            if (r.ok()) {
                return r;
            }
            if (refusal == null) {
                refusal = r;
            }
        }
        return refusal;
    }

    private CommandResult apply(int playerId, SimUnit u, Command command) {
        if (morphing(u) && !(command instanceof Command.Cancel)) {
            return CommandResult.Error;
        }
        if (command instanceof Command.Move c) {
            return order(u, new Order.Move(c.target()), c.queued());
        } else if (command instanceof Command.Attack c) {
            SimUnit target = game.unit(c.targetTag());
            if (target == null) {
                return CommandResult.CantTargetThatUnit;
            }
            if (Fighting.weaponFor(u.facts, target) == null) {
                return u.isStructure() ? CommandResult.CantTargetThatUnit : order(u, new Order.Move(new Target.OnUnit(target.tag)), c.queued());
            }
            return order(u, new Order.Attack(target.tag), c.queued());
        } else if (command instanceof Command.AttackMove c) {
            if (u.facts.weapons().isEmpty()) {
                return order(u, new Order.Move(new Target.At(c.point())), c.queued());
            }
            return order(u, new Order.AttackMove(c.point()), c.queued());
        } else if (command instanceof Command.Smart c) {
            return smart(playerId, u, c);
        } else if (command instanceof Command.Stop c) {
            u.orders.clear();
            u.engagedTarget = 0;
            u.clearPath();
            return CommandResult.Success;
        } else if (command instanceof Command.HoldPosition c) {
            if (u.isStructure()) {
                return CommandResult.Error;
            }
            return order(u, new Order.Hold(), c.queued());
        } else if (command instanceof Command.Gather c) {
            return gather(u, c.resourceTag(), c.queued());
        } else if (command instanceof Command.ReturnCargo c) {
            if (!u.facts.worker() || (u.cargoMinerals == 0 && u.cargoVespene == 0)) {
                return CommandResult.Error;
            }
            return order(u, new Order.ReturnCargo(0), c.queued());
        } else if (command instanceof Command.Build c) {
            return build(playerId, u, c.structureType(), c.point(), 0, c.queued());
        } else if (command instanceof Command.BuildOnGeyser c) {
            SimUnit geyser = game.unit(c.geyserTag());
            if (geyser == null || geyser.facts.resource() != ResourceKind.VESPENE || geyser.owner != Game.NEUTRAL) {
                return CommandResult.MustTargetResources;
            }
            return build(playerId, u, c.structureType(), geyser.position(), geyser.tag, c.queued());
        } else if (command instanceof Command.Train c) {
            return train(playerId, u, c.unitType());
        } else if (command instanceof Command.Morph c) {
            return morph(playerId, u, c.targetType());
        } else if (command instanceof Command.Inject c) {
            return inject(u, c.hatcheryTag(), c.queued());
        } else if (command instanceof Command.BuildCreepTumor c) {
            return creepTumor(u, c.point(), c.queued());
        } else if (command instanceof Command.BuildAddOn c) {
            return game.addOns.build(u, c.addOnType());
        } else if (command instanceof Command.Research c) {
            return research(playerId, u, c.upgradeId());
        } else if (command instanceof Command.Rally c) {
            if (!u.isStructure()) {
                return CommandResult.Error;
            }
            u.rally = pointOf(c.target());
            return u.rally == null ? CommandResult.CantTargetThatUnit : CommandResult.Success;
        } else if (command instanceof Command.Cancel) {
            return cancel(playerId, u);
        }
        return CommandResult.NotSupported;
    }

    private boolean morphing(SimUnit u) {
        Production head = u.queue.peekFirst();
        return head != null && head.kind == Production.Kind.MORPH || u.facts.id() == UnitTypeIds.EGG;
    }

    private Point2 pointOf(Target target) {
        if (target instanceof Target.At at) {
            return at.point();
        }
        SimUnit t = game.unit(((Target.OnUnit) target).tag());
        return t == null ? null : t.position();
    }

    private CommandResult order(SimUnit u, Order order, boolean queued) {
        if (u.isStructure() || !u.finished() || u.facts.speed() <= 0 && !(order instanceof Order.Hold)
                && !(order instanceof Order.Attack) && !(order instanceof Order.AttackMove)) {
            if (u.facts.id() == UnitTypeIds.LARVA || u.isStructure()) {
                return CommandResult.Error;
            }
        }
        if (!queued) {
            u.orders.clear();
            u.clearPath();
            u.engagedTarget = 0;
            if (u.facts.worker()) {
                u.phase = SimUnit.HarvestPhase.TO_RESOURCE;
            }
        }
        u.orders.addLast(order);
        return CommandResult.Success;
    }

    private CommandResult smart(int playerId, SimUnit u, Command.Smart c) {
        if (u.isStructure()) {
            u.rally = pointOf(c.target());
            return u.rally == null ? CommandResult.CantTargetThatUnit : CommandResult.Success;
        }
        if (c.target() instanceof Target.OnUnit on) {
            SimUnit target = game.unit(on.tag());
            if (target == null) {
                return CommandResult.CantTargetThatUnit;
            }
            if (u.facts.worker() && (target.facts.resource() == ResourceKind.MINERALS
                    || TypeGroups.isGasBuilding(target.facts.id()) && target.owner == playerId)) {
                return gather(u, target.tag, c.queued());
            }
            if (target.owner != playerId && target.owner != Game.NEUTRAL && Fighting.weaponFor(u.facts, target) != null) {
                return order(u, new Order.Attack(target.tag), c.queued());
            }
            if (u.facts.worker() && target.owner == playerId && target.facts.townhall()
                    && (u.cargoMinerals > 0 || u.cargoVespene > 0)) {
                return order(u, new Order.ReturnCargo(0), c.queued());
            }
        }
        return order(u, new Order.Move(c.target()), c.queued());
    }

    private CommandResult gather(SimUnit u, long resourceTag, boolean queued) {
        if (!u.facts.worker()) {
            return CommandResult.Error;
        }
        SimUnit resource = game.unit(resourceTag);
        if (resource == null) {
            return CommandResult.CantTargetThatUnit;
        }
        boolean minerals = resource.facts.resource() == ResourceKind.MINERALS && resource.mineralContents > 0;
        boolean gas = TypeGroups.isGasBuilding(resource.facts.id()) && resource.owner == u.owner && resource.finished();
        if (!minerals && !gas) {
            return CommandResult.CantTargetThatUnit;
        }
        return order(u, new Order.Gather(resource.tag), queued);
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
        if (!techMet(playerId, facts.techRequirement())) {
            return CommandResult.TechRequirementsNotMet;
        }
        CommandResult money = affordable(game.player(playerId), facts, 1);
        if (!money.ok()) {
            return money;
        }
        CommandResult place = geyserTag != 0 ? CommandResult.Success : game.placement.check(playerId, facts, point);
        if (!place.ok()) {
            return place;
        }
        return order(worker, new Order.Build(facts, point, geyserTag), queued);
    }

    /** Called by the worker's order when it reaches the site: pays and places the structure. */
    CommandResult place(SimUnit worker, Order.Build order) {
        PlayerState player = game.player(worker.owner);
        UnitFacts facts = order.structure();
        CommandResult money = affordable(player, facts, 1);
        if (!money.ok()) {
            return money;
        }
        if (!techMet(worker.owner, facts.techRequirement())) {
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

    private CommandResult train(int playerId, SimUnit u, int unitType) {
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
            CommandResult ok = canProduce(player, facts, count);
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
        CommandResult ok = canProduce(player, facts, 1);
        if (!ok.ok()) {
            return ok;
        }
        player.pay(facts.netCost(), 1);
        u.queue.add(Production.train(facts));
        return CommandResult.Success;
    }

    private SimUnit larvaOf(SimUnit hatch) {
        for (SimUnit l : game.units.values()) {
            if (l.alive && l.facts.id() == UnitTypeIds.LARVA && l.hatchery == hatch.tag) {
                return l;
            }
        }
        return null;
    }

    private CommandResult morph(int playerId, SimUnit u, int targetType) {
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
        CommandResult ok = canProduce(player, morphCost(into, u.facts), 1);
        if (!ok.ok()) {
            return ok;
        }
        player.pay(into.netCost(), 1);
        u.orders.clear();
        u.queue.add(Production.morph(into));
        return CommandResult.Success;
    }

    /** Food the morph adds beyond what the unit already uses. */
    private static UnitFacts morphCost(UnitFacts into, UnitFacts from) {
        return into;
    }

    private CommandResult inject(SimUnit queen, long hatcheryTag, boolean queued) {
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
        return order(queen, new Order.Inject(hatch.tag), queued);
    }

    private CommandResult creepTumor(SimUnit u, Point2 site, boolean queued) {
        if (u.facts.id() == UnitTypeIds.CREEP_TUMOR_BURROWED) {
            return game.tumors.plantByTumor(u, site);
        }
        CommandResult ok = game.tumors.checkQueen(u, site);
        return ok.ok() ? order(u, new Order.PlantTumor(site), queued) : ok;
    }

    /** Called when the queen reaches the hatchery. */
    CommandResult applyInject(SimUnit queen, SimUnit hatch) {
        if (queen.energy < Producing.INJECT_ENERGY) {
            return CommandResult.NotEnoughEnergy;
        }
        if (hatch.injectLoopsLeft > 0) {
            return CommandResult.Error;
        }
        queen.energy -= Producing.INJECT_ENERGY;
        hatch.injectLoopsLeft = Producing.INJECT_LOOPS;
        return CommandResult.Success;
    }

    private CommandResult research(int playerId, SimUnit u, int upgradeId) {
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
        if (!techMet(playerId, up.techRequirement())
                || up.requiredUpgrade() != 0 && !player.upgrades.contains(up.requiredUpgrade())) {
            return CommandResult.TechRequirementsNotMet;
        }
        if (u.queue.size() >= QUEUE_LIMIT) {
            return CommandResult.QueueIsFull;
        }
        if (player.minerals < up.cost().minerals()) {
            return CommandResult.NotEnoughMinerals;
        }
        if (player.vespene < up.cost().vespene()) {
            return CommandResult.NotEnoughVespene;
        }
        player.pay(up.cost(), 1);
        player.researching.add(up.id());
        u.queue.add(Production.research(up));
        return CommandResult.Success;
    }

    private CommandResult cancel(int playerId, SimUnit u) {
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

    private CommandResult canProduce(PlayerState player, UnitFacts facts, int count) {
        if (!techMet(player.id(), facts.techRequirement())) {
            return CommandResult.TechRequirementsNotMet;
        }
        CommandResult money = affordable(player, facts, count);
        if (!money.ok()) {
            return money;
        }
        if (facts.foodRequired() > 0) {
            Views.Supply supply = new Views(game).supply(player.id());
            if (supply.used() + Math.ceil(facts.foodRequired() * count - 1e-6) > supply.cap()) {
                return CommandResult.NotEnoughFood;
            }
        }
        return CommandResult.Success;
    }

    private static CommandResult affordable(PlayerState player, UnitFacts facts, int count) {
        if (player.minerals < facts.netCost().minerals() * count) {
            return CommandResult.NotEnoughMinerals;
        }
        if (player.vespene < facts.netCost().vespene() * count) {
            return CommandResult.NotEnoughVespene;
        }
        return CommandResult.Success;
    }

    boolean techMet(int playerId, int requirement) {
        if (requirement == 0) {
            return true;
        }
        for (SimUnit u : game.units.values()) {
            if (u.alive && u.owner == playerId && u.finished() && u.facts.satisfies(requirement)) {
                return true;
            }
        }
        return false;
    }

    List<Integer> availableAbilities(int playerId, long tag) {
        SimUnit u = game.unit(tag);
        List<Integer> abilities = new ArrayList<>();
        if (u == null || u.owner != playerId) {
            return abilities;
        }
        if (!u.isStructure() && u.facts.speed() > 0) {
            abilities.add(AbilityIds.SMART);
            abilities.add(AbilityIds.MOVE);
            abilities.add(AbilityIds.PATROL);
            abilities.add(AbilityIds.HOLD_POSITION);
            abilities.add(AbilityIds.STOP);
            if (!u.facts.weapons().isEmpty()) {
                abilities.add(AbilityIds.ATTACK);
            }
        }
        if (u.facts.worker()) {
            abilities.add(AbilityIds.gather(u.facts.race()));
            if (u.cargoMinerals > 0 || u.cargoVespene > 0) {
                abilities.add(AbilityIds.returnCargo(u.facts.race()));
            }
        }
        for (UnitFacts f : game.catalog.all()) {
            if (f.abilityId() == 0 || f.production() == ProductionKind.SPAWN || !techMet(playerId, f.techRequirement())) {
                continue;
            }
            boolean producer = f.producers().contains(u.facts.id())
                    || f.production() == ProductionKind.LARVA && TypeGroups.isZergTownhall(u.facts.id()) && larvaOf(u) != null;
            boolean morph = f.production() == ProductionKind.MORPH && f.morphsFrom() == u.facts.id();
            boolean blocked = game.addOns.building(u) || !game.addOns.attachedRequirementMet(u, f)
                    || f.production() == ProductionKind.ADDON && (game.addOns.attached(u) != null || !u.queue.isEmpty());
            if ((producer || morph) && u.finished() && !blocked) {
                abilities.add(f.abilityId());
            }
        }
        for (UpgradeFacts up : game.upgradeCatalog.all()) {
            PlayerState p = game.player(playerId);
            if (u.facts.satisfies(up.researchedBy()) && u.finished() && !p.upgrades.contains(up.id())
                    && !p.researching.contains(up.id()) && techMet(playerId, up.techRequirement())) {
                abilities.add(up.abilityId());
            }
        }
        if (u.facts.id() == UnitTypeIds.QUEEN && u.energy >= Producing.INJECT_ENERGY) {
            abilities.add(AbilityIds.INJECT_LARVA);
        }
        if (game.tumors.canCast(u)) {
            abilities.add(u.facts.id() == UnitTypeIds.QUEEN
                    ? AbilityIds.BUILD_CREEP_TUMOR_QUEEN : AbilityIds.BUILD_CREEP_TUMOR_TUMOR);
        }
        return abilities.stream().distinct().toList();
    }
}
