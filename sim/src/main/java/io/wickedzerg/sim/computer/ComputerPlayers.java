package io.wickedzerg.sim.computer;

import io.wickedzerg.sim.ai.BuiltInAiFactory;

/**
 * Where the engine gets its opponents: the built-in AIs of {@code io.wickedzerg.sim.ai} (economy, army and
 * attack timing by race and difficulty). {@link EconomyComputer} stays as a plain stand-in a test may inject.
 */
public final class ComputerPlayers {
    private ComputerPlayers() {
    }

    public static ComputerPlayerFactory defaultFactory() {
        return new BuiltInAiFactory();
    }
}
