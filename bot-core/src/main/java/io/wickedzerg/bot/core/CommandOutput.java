package io.wickedzerg.bot.core;

import java.util.List;

/** Where the sink's commands go once per step: ocraft's action interface in a game, a list in tests. */
@FunctionalInterface
public interface CommandOutput {
    void send(List<Command> commands);
}
