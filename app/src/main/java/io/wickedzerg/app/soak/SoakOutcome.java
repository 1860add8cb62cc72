package io.wickedzerg.app.soak;

import java.nio.file.Path;

/**
 * How one soak game ended, read from its child process and its summary JSON.
 *
 * @param killedValue the game's killed value from its final score; null when unknown
 * @param lostValue   the game's lost value from its final score; null when unknown
 */
public record SoakOutcome(SoakGame game, Kind kind, String result, double gameSeconds, double wallSeconds,
                          double stepP99Ms, double stepMaxMs, String problem, Path folder, Double killedValue,
                          Double lostValue) {

    /** Only {@link #RESULT} is a success: every other kind is a game without a winner, and counted. */
    public enum Kind {
        /** Victory, defeat or tie, as the game decided. */
        RESULT,
        /** The game ended undecided for any reason other than a protocol timeout. */
        UNDECIDED,
        /** ocraft gave up waiting for an answer: the stall this soak hunts. */
        PROTOCOL_TIMEOUT,
        /** The child exited non-zero or wrote no summary. */
        FAILED,
        /** The child did not end within the game timeout and was killed (its threads are dumped first). */
        HUNG
    }

    public boolean ok() {
        return kind == Kind.RESULT;
    }
}
