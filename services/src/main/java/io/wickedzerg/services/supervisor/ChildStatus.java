package io.wickedzerg.services.supervisor;

import java.util.OptionalLong;

/**
 * A snapshot of one child, for {@code /health} and for launchers.
 *
 * @param restarts how many times the supervisor has started it again after it died
 */
public record ChildStatus(String name, State state, OptionalLong pid, int restarts) {

    public enum State {
        /** Its process is alive (it may not answer its health URL yet). */
        UP,
        /** It died and a restart is scheduled, or it is being started. */
        RESTARTING,
        /** It died too often; the supervisor no longer restarts it. */
        GAVE_UP,
        /** The supervisor has not started it yet, or has stopped it. */
        STOPPED
    }

    public boolean up() {
        return state == State.UP;
    }
}
