package io.wickedzerg.sim.ai;

import io.wickedzerg.sim.engine.command.Command;
import io.wickedzerg.sim.engine.command.CommandResult;
import io.wickedzerg.sim.engine.command.PlayerCommands;
import java.util.ArrayList;
import java.util.List;

/** Accepts every command and remembers it. */
final class RecordingCommands implements PlayerCommands {
    final List<Command> issued = new ArrayList<>();

    @Override
    public CommandResult issue(Command command) {
        issued.add(command);
        return CommandResult.Success;
    }

    <T extends Command> List<T> of(Class<T> kind) {
        return issued.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    long trained(int unitType) {
        return of(Command.Train.class).stream().filter(t -> t.unitType() == unitType).count();
    }

    long built(int structureType) {
        return of(Command.Build.class).stream().filter(b -> b.structureType() == structureType).count();
    }
}
