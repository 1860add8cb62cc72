package io.wickedzerg.sim.engine;

import io.wickedzerg.sim.data.Race;

import java.util.Objects;

/** What a computer opponent is asked to be: its player id, race, difficulty and the seed of its choices. */
public record ComputerSpec(int playerId, Race race, Difficulty difficulty, long seed) {
    public ComputerSpec {
        Objects.requireNonNull(race, "race");
        Objects.requireNonNull(difficulty, "difficulty");
    }
}
