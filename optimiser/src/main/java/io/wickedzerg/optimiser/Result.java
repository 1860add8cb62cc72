package io.wickedzerg.optimiser;

import java.util.Locale;

/** How a game ended, as SC2 names it. */
public enum Result {
    VICTORY, DEFEAT, TIE, UNDECIDED;

    /** "Victory", "VICTORY", "victory": the bot's and ocraft's spellings. */
    public static Result parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("game result '" + text + "': expected Victory, Defeat, Tie or Undecided");
        }
    }
}
