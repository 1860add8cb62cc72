package io.wickedzerg.bot.game;

import com.github.ocraft.s2client.protocol.game.Difficulty;
import com.github.ocraft.s2client.protocol.game.Race;

/**
 * One game against the built-in AI.
 *
 * @param stepSize game loops per bot step (1 = every loop; ignored in realtime)
 */
public record MatchSpec(String map, Race opponentRace, Difficulty difficulty, long seed, boolean realtime,
                        int stepSize) {

    public String opponentLabel() {
        return opponentRace + " " + difficulty;
    }
}
