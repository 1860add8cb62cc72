package io.wickedzerg.sim.engine.command;

import io.wickedzerg.sim.map.Point2;

import java.util.List;

/** Where a player's commands go. Every call is checked at once and answers whether it was accepted. */
public interface PlayerCommands {

    CommandResult issue(Command command);

    default CommandResult move(long unit, Point2 point) {
        return issue(new Command.Move(List.of(unit), new Target.At(point), false));
    }

    default CommandResult attackMove(List<Long> units, Point2 point) {
        return issue(new Command.AttackMove(units, point, false));
    }

    default CommandResult attack(List<Long> units, long target) {
        return issue(new Command.Attack(units, target, false));
    }

    default CommandResult gather(long worker, long resource) {
        return issue(new Command.Gather(List.of(worker), resource, false));
    }

    default CommandResult build(long worker, int structureType, Point2 point) {
        return issue(new Command.Build(List.of(worker), structureType, point, false));
    }

    default CommandResult buildOnGeyser(long worker, int structureType, long geyser) {
        return issue(new Command.BuildOnGeyser(List.of(worker), structureType, geyser, false));
    }

    default CommandResult train(long producer, int unitType) {
        return issue(new Command.Train(List.of(producer), unitType, false));
    }

    default CommandResult morph(long unit, int targetType) {
        return issue(new Command.Morph(List.of(unit), targetType, false));
    }

    default CommandResult inject(long queen, long hatchery) {
        return issue(new Command.Inject(List.of(queen), hatchery, false));
    }

    default CommandResult research(long structure, int upgradeId) {
        return issue(new Command.Research(List.of(structure), upgradeId, false));
    }
}
