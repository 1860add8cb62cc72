package io.wickedzerg.sim.replay;

/** A replay file that cannot be read: not a replay, damaged, or of a format version this sim does not read. */
public final class ReplayFormatException extends Exception {
    public ReplayFormatException(String message) {
        super(message);
    }

    public ReplayFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
