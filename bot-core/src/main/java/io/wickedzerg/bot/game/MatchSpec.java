package io.wickedzerg.bot.game;

import com.github.ocraft.s2client.protocol.game.Difficulty;
import com.github.ocraft.s2client.protocol.game.Race;

/**
 * One game against the built-in AI.
 *
 * @param stepSize  game loops per bot step (1 = every loop; ignored in realtime)
 * @param loopLimit game loops after which the server calls it a tie
 */
public record MatchSpec(String map, Race opponentRace, Difficulty difficulty, long seed, boolean realtime,
                        int stepSize, long loopLimit) {

    /** The server's own limit: one hour of game time, then a tie. */
    public static final long DEFAULT_LOOP_LIMIT = 80_640;

    public MatchSpec(String map, Race opponentRace, Difficulty difficulty, long seed, boolean realtime, int stepSize) {
        this(map, opponentRace, difficulty, seed, realtime, stepSize, DEFAULT_LOOP_LIMIT);
    }

    public String opponentLabel() {
        return opponentRace + " " + difficulty;
    }
}
