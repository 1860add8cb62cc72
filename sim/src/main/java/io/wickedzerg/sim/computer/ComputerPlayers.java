package io.wickedzerg.sim.computer;

/**
 * Where the engine gets its opponents. Until the built-in AIs of {@code io.wickedzerg.sim.ai} are wired in,
 * the default is {@link EconomyComputer}: it mines, keeps supply up and builds an army by difficulty.
 */
public final class ComputerPlayers {
    private ComputerPlayers() {
    }

    public static ComputerPlayerFactory defaultFactory() {
        return EconomyComputer::new;
    }
}
