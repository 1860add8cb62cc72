package io.wickedzerg.app.versus;

/** A bot-vs-bot game that could not be played: the other bot never joined, died first, or the game never started. */
public final class VersusException extends RuntimeException {
    public VersusException(String message) {
        super(message);
    }

    public VersusException(String message, Throwable cause) {
        super(message, cause);
    }
}
