package io.wickedzerg.sim.engine;

import io.wickedzerg.sim.data.Race;

import java.util.Objects;

/**
 * One seat in a game. Participants are driven by clients over the protocol; computers by a
 * {@link ComputerPlayer}.
 *
 * @param race          the race the player plays, always a concrete one (Random is drawn before the game starts,
 *                      see {@link RandomRace})
 * @param difficulty    only meaningful for computers
 * @param raceRequested what the player asked for: its race, or Random (NoRace counts as Random); game_info reports
 *                      both, as the real game does
 */
public record PlayerSlot(int playerId, Race race, boolean computer, Difficulty difficulty, String name,
                         Race raceRequested) {
    public PlayerSlot {
        Objects.requireNonNull(race, "race");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(raceRequested, "raceRequested");
        if (race == Race.RANDOM || race == Race.NO_RACE) {
            throw new IllegalArgumentException("player " + playerId + " needs a concrete race (Terran, Zerg, Protoss), got " + race);
        }
        if (raceRequested != race && raceRequested != Race.RANDOM && raceRequested != Race.NO_RACE) {
            throw new IllegalArgumentException("player " + playerId + " plays " + race + ", so it asked for " + race
                    + " or Random, not " + raceRequested);
        }
        if (computer) {
            Objects.requireNonNull(difficulty, "difficulty");
        }
    }

    /** A seat that asked for the race it plays. */
    public PlayerSlot(int playerId, Race race, boolean computer, Difficulty difficulty, String name) {
        this(playerId, race, computer, difficulty, name, race);
    }

    /** A seat for what a player asked for: Random becomes the race {@link RandomRace} draws from the game's seed. */
    public static PlayerSlot requesting(int playerId, Race requested, boolean computer, Difficulty difficulty,
                                        String name, long gameSeed) {
        return new PlayerSlot(playerId, RandomRace.resolve(requested, gameSeed, playerId), computer, difficulty, name,
                requested);
    }
}
