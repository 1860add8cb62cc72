package io.wickedzerg.bot.wire;

/** The connection to the game failed, closed or stalled: the game cannot go on. */
public final class Sc2ConnectionException extends RuntimeException {

    public Sc2ConnectionException(String message) {
        super(message);
    }

    public Sc2ConnectionException(String message, Throwable cause) {
        super(message, cause);
    }
}
