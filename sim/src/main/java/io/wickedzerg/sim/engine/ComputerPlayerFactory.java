package io.wickedzerg.sim.engine;

/**
 * Makes the opponent for a computer seat. The engine owns this interface and is handed an implementation (the
 * server passes the built-in AI of {@code io.wickedzerg.sim.ai}; tests pass their own), so it never depends on one.
 */
@FunctionalInterface
public interface ComputerPlayerFactory {

    ComputerPlayer create(ComputerSpec spec);
}
