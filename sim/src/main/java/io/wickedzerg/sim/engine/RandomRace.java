package io.wickedzerg.sim.engine;

import io.wickedzerg.sim.data.Race;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The race a player who asked for Random plays. Drawn from the game's seed and the player's id alone, so the same
 * game (seed) gives the same races on every run and both seats of one game draw independently.
 */
public final class RandomRace {
    private static final List<Race> PLAYABLE = List.of(Race.TERRAN, Race.ZERG, Race.PROTOSS);

    private RandomRace() {
    }

    /** {@code requested} itself when it is a race; for Random (or NoRace) one of Terran, Zerg, Protoss. */
    public static Race resolve(Race requested, long gameSeed, int playerId) {
        if (requested != Race.RANDOM && requested != Race.NO_RACE) {
            return requested;
        }
        return PLAYABLE.get(new SplittableRandom(gameSeed + playerId).nextInt(PLAYABLE.size()));
    }
}
