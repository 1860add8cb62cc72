package io.wickedzerg.sim.engine;

import io.wickedzerg.sim.engine.command.PlayerCommands;
import io.wickedzerg.sim.engine.view.PlayerView;

/**
 * A built-in opponent. The engine calls it on the game thread every few game loops with what its player
 * knows and a sink for its commands; it must be deterministic for a given seed.
 */
public interface ComputerPlayer {

    void onStep(PlayerView view, PlayerCommands commands);
}
