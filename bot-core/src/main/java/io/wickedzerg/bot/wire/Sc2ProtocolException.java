package io.wickedzerg.bot.wire;

/** The game answered, but with an error or with something that is not an SC2 API response. */
public final class Sc2ProtocolException extends RuntimeException {

    public Sc2ProtocolException(String message) {
        super(message);
    }
}
