package io.wickedzerg.app.versus;

import io.wickedzerg.bot.game.GameReport;
import io.wickedzerg.sim.replay.SavedGame;
import java.nio.file.Path;
import java.util.OptionalInt;

/**
 * How a bot-vs-bot game ended for both sides.
 *
 * @param ours             our bot's report
 * @param ourPlayerId      the seat our bot had (the other bot joins first: it is player 1, ours player 2)
 * @param opponentResult   the other bot's result as the game's last observation gave it ("Undecided" if none came)
 * @param opponentExitCode the other bot's exit code; empty when it did not end by itself and was killed
 * @param opponentLog      its output and errors
 */
public record VersusOutcome(GameReport ours, int ourPlayerId, String opponentResult, OptionalInt opponentExitCode,
                            Path opponentLog, SavedGame saved) {

    /** "player 1: Defeat; process exited with 0; log: data/versus/...-opponent.log". */
    public String opponentLine() {
        return "player " + (3 - ourPlayerId) + ": " + opponentResult + "; process "
                + (opponentExitCode.isPresent() ? "exited with " + opponentExitCode.getAsInt() : "killed (did not exit)")
                + "; log: " + opponentLog.toAbsolutePath();
    }
}
