package io.wickedzerg.sim.engine;

import io.wickedzerg.sim.data.ResourceKind;
import io.wickedzerg.sim.data.UnitTypeIds;
import io.wickedzerg.sim.engine.command.Command;
import io.wickedzerg.sim.engine.command.CommandResult;
import io.wickedzerg.sim.engine.command.Target;
import io.wickedzerg.sim.map.Point2;

/**
 * The group commands a unit runs itself: move, attack, attack-move, right click, stop, hold, gather and return
 * cargo; and the one way any command gives a unit an order.
 */
final class UnitOrders {
    private final Game game;

    UnitOrders(Game game) {
        this.game = game;
    }

    CommandResult move(SimUnit u, Command.Move c) {
        return order(u, new Order.Move(c.target()), c.queued());
    }

    CommandResult attack(SimUnit u, Command.Attack c) {
        SimUnit target = game.unit(c.targetTag());
        if (target == null) {
            return CommandResult.CantTargetThatUnit;
        }
        if (Fighting.weaponFor(u.facts, target) == null) {
            return u.isStructure() ? CommandResult.CantTargetThatUnit : order(u, new Order.Move(new Target.OnUnit(target.tag)), c.queued());
        }
        return order(u, new Order.Attack(target.tag), c.queued());
    }

    CommandResult attackMove(SimUnit u, Command.AttackMove c) {
        if (u.facts.weapons().isEmpty()) {
            return order(u, new Order.Move(new Target.At(c.point())), c.queued());
        }
        return order(u, new Order.AttackMove(c.point()), c.queued());
    }

    CommandResult patrol(SimUnit u, Command.Patrol c) {
        return order(u, new Order.Patrol(u.position(), c.point()), c.queued());
    }

    CommandResult stop(SimUnit u) {
        u.orders.clear();
        u.engagedTarget = 0;
        u.clearPath();
        return CommandResult.Success;
    }

    CommandResult hold(SimUnit u, Command.HoldPosition c) {
        if (u.isStructure()) {
            return CommandResult.Error;
        }
        return order(u, new Order.Hold(), c.queued());
    }

    CommandResult returnCargo(SimUnit u, Command.ReturnCargo c) {
        if (!u.facts.worker() || (u.cargoMinerals == 0 && u.cargoVespene == 0)) {
            return CommandResult.Error;
        }
        return order(u, new Order.ReturnCargo(0), c.queued());
    }

    CommandResult rally(SimUnit u, Command.Rally c) {
        if (!u.isStructure()) {
            return CommandResult.Error;
        }
        return setRally(u, c.target());
    }

    private CommandResult setRally(SimUnit u, Target target) {
        u.rally = pointOf(target);
        u.rallyTarget = target instanceof Target.OnUnit on ? on.tag() : 0;
        return u.rally == null ? CommandResult.CantTargetThatUnit : CommandResult.Success;
    }

    CommandResult smart(int playerId, SimUnit u, Command.Smart c) {
        if (u.isStructure()) {
            return setRally(u, c.target());
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

    CommandResult gather(SimUnit u, long resourceTag, boolean queued) {
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

    CommandResult order(SimUnit u, Order order, boolean queued) {
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

    private Point2 pointOf(Target target) {
        if (target instanceof Target.At at) {
            return at.point();
        }
        SimUnit t = game.unit(((Target.OnUnit) target).tag());
        return t == null ? null : t.position();
    }
}
