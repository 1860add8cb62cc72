package io.wickedzerg.sim.replay;

/** A re-simulation that did not play the recorded game: a state hash, the end or a command differs. */
public final class ReplayMismatchException extends Exception {
    private final long loop;

    public ReplayMismatchException(long loop, String message) {
        super("at loop " + loop + ": " + message);
        this.loop = loop;
    }

    /** The first loop where the re-simulation left the recording. */
    public long loop() {
        return loop;
    }
}
