package io.wickedzerg.sim.protocol;

/** A request the server cannot serve; the message names the field and what is allowed. */
public final class ProtocolException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ProtocolException(String message) {
        super(message);
    }
}
