package io.wickedzerg.sim.computer;

/** Makes the built-in opponent for a computer seat. */
@FunctionalInterface
public interface ComputerPlayerFactory {

    ComputerPlayer create(ComputerSpec spec);
}
