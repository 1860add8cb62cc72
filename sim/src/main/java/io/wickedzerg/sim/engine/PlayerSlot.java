package io.wickedzerg.sim.engine;

import io.wickedzerg.sim.data.Race;

import java.util.Objects;

/**
 * One seat in a game. Participants are driven by clients over the protocol; computers by a
 * {@link ComputerPlayer}.
 *
 * @param difficulty only meaningful for computers
 */
public record PlayerSlot(int playerId, Race race, boolean computer, Difficulty difficulty, String name) {
    public PlayerSlot {
        Objects.requireNonNull(race, "race");
        Objects.requireNonNull(name, "name");
        if (race == Race.RANDOM || race == Race.NO_RACE) {
            throw new IllegalArgumentException("player " + playerId + " needs a concrete race (Terran, Zerg, Protoss), got " + race);
        }
        if (computer) {
            Objects.requireNonNull(difficulty, "difficulty");
        }
    }
}
