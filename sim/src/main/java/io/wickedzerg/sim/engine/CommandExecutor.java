package io.wickedzerg.sim.engine;

import io.wickedzerg.sim.data.UnitTypeIds;
import io.wickedzerg.sim.engine.command.Command;
import io.wickedzerg.sim.engine.command.CommandResult;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs a player's command on the units it names that the player owns, handing each to the family that knows
 * its rules (unit orders, construction, production, casts, add-ons). A group command (see
 * {@link Command#forEveryUnit()}) runs for every named unit and succeeds if it succeeds for one; any other runs once.
 */
final class CommandExecutor {
    private final Game game;
    private final UnitOrders orders;
    private final Construction construction;
    private final ProductionCommands production;
    private final Casts casts;

    CommandExecutor(Game game, UnitOrders orders, Construction construction, ProductionCommands production, Casts casts) {
        this.game = game;
        this.orders = orders;
        this.construction = construction;
        this.production = production;
        this.casts = casts;
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
            return orders.move(u, c);
        } else if (command instanceof Command.Attack c) {
            return orders.attack(u, c);
        } else if (command instanceof Command.AttackMove c) {
            return orders.attackMove(u, c);
        } else if (command instanceof Command.Patrol c) {
            return orders.patrol(u, c);
        } else if (command instanceof Command.Smart c) {
            return orders.smart(playerId, u, c);
        } else if (command instanceof Command.Stop) {
            return orders.stop(u);
        } else if (command instanceof Command.HoldPosition c) {
            return orders.hold(u, c);
        } else if (command instanceof Command.Gather c) {
            return orders.gather(u, c.resourceTag(), c.queued());
        } else if (command instanceof Command.ReturnCargo c) {
            return orders.returnCargo(u, c);
        } else if (command instanceof Command.Rally c) {
            return orders.rally(u, c);
        } else if (command instanceof Command.Build c) {
            return construction.build(playerId, u, c);
        } else if (command instanceof Command.BuildOnGeyser c) {
            return construction.buildOnGeyser(playerId, u, c);
        } else if (command instanceof Command.Train c) {
            return production.train(playerId, u, c.unitType());
        } else if (command instanceof Command.Morph c) {
            return production.morph(playerId, u, c.targetType());
        } else if (command instanceof Command.Research c) {
            return production.research(playerId, u, c.upgradeId());
        } else if (command instanceof Command.Cancel) {
            return production.cancel(playerId, u);
        } else if (command instanceof Command.Inject c) {
            return casts.inject(u, c.hatcheryTag(), c.queued());
        } else if (command instanceof Command.BuildCreepTumor c) {
            return casts.creepTumor(u, c.point(), c.queued());
        } else if (command instanceof Command.BuildAddOn c) {
            return game.addOns.build(u, c.addOnType());
        }
        return CommandResult.NotSupported;
    }

    /** A unit turning into another (an egg, a hatchery becoming a lair) takes no command but cancel. */
    private boolean morphing(SimUnit u) {
        Production head = u.queue.peekFirst();
        return head != null && head.kind == Production.Kind.MORPH || u.facts.id() == UnitTypeIds.EGG;
    }
}
