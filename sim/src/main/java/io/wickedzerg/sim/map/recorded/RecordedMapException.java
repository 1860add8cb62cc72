package io.wickedzerg.sim.map.recorded;

/** A recorded map that cannot be used: a file missing, damaged, or holding what the server cannot play. */
public final class RecordedMapException extends RuntimeException {
    public RecordedMapException(String message) {
        super(message);
    }
}
