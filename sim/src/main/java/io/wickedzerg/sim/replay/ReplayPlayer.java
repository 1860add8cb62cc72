package io.wickedzerg.sim.replay;

import io.wickedzerg.sim.data.Race;
import io.wickedzerg.sim.engine.Difficulty;
import io.wickedzerg.sim.engine.PlayerSlot;

import java.util.Objects;

/**
 * One seat of a recorded game, as {@link PlayerSlot} holds it: the race asked for and the race played (a Random
 * one already drawn), the difficulty of a computer (null for a participant) and the name.
 */
public record ReplayPlayer(int id, boolean computer, Race requested, Race played, Difficulty difficulty, String name) {
    public ReplayPlayer {
        Objects.requireNonNull(requested, "requested");
        Objects.requireNonNull(played, "played");
        Objects.requireNonNull(name, "name");
    }

    static ReplayPlayer of(PlayerSlot slot) {
        return new ReplayPlayer(slot.playerId(), slot.computer(), slot.raceRequested(), slot.race(),
                slot.computer() ? slot.difficulty() : null, slot.name());
    }

    PlayerSlot toSlot() {
        return new PlayerSlot(id, played, computer, difficulty, name, requested);
    }
}
