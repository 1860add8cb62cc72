package io.wickedzerg.bot.game;

import com.github.ocraft.s2client.protocol.game.Race;
import java.util.Objects;

/**
 * Who a game is against, as far as the bot knows before it starts: a label for people and logs, and what the
 * learning service keys results by (the built-in AI's race and difficulty, or the ladder's OpponentId).
 *
 * @param label      "Terran VeryHard", "ladder:ID"
 * @param race       the built-in AI's race as the game spells it; null when unknown (a ladder opponent)
 * @param difficulty the built-in AI's difficulty as the game spells it; null when unknown
 * @param ladderId   AI Arena's {@code --OpponentId}; null off the ladder
 */
public record Opponent(String label, String race, String difficulty, String ladderId) {

    public Opponent {
        Objects.requireNonNull(label, "label");
    }

    /** The built-in AI of a match against the embedded server or a real StarCraft II. */
    public static Opponent builtIn(MatchSpec spec) {
        String race = spec.opponentRace() == Race.NO_RACE ? null : MatchSpec.gameSpelling(spec.opponentRace().name());
        return new Opponent(spec.opponentLabel(), race,
                spec.difficulty() == null ? null : MatchSpec.gameSpelling(spec.difficulty().name()), null);
    }

    /** A ladder opponent, known by its id only (or not at all). */
    public static Opponent ladder(String opponentId) {
        return new Opponent("ladder:" + (opponentId == null ? "unknown" : opponentId), null, null, opponentId);
    }

    /** Only a label: nothing the learning service could key by. */
    public static Opponent labelled(String label) {
        return new Opponent(label, null, null, null);
    }
}
