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

    /** "Terran VeryHard": race and difficulty as the game spells them. */
    public String opponentLabel() {
        return gameSpelling(opponentRace.name()) + " " + gameSpelling(String.valueOf(difficulty));
    }

    /** VERY_HARD becomes VeryHard, TERRAN becomes Terran. */
    static String gameSpelling(String enumName) {
        StringBuilder b = new StringBuilder();
        for (String word : enumName.toLowerCase(java.util.Locale.ROOT).split("_")) {
            if (!word.isEmpty()) {
                b.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return b.toString();
    }
}
