package io.wickedzerg.services.supervisor;

import java.time.Duration;

/** What {@link RestartTracker#exited()} says to do about a child that died. */
public sealed interface RestartDecision {

    /** Start the child again after {@code delay}; {@code attempt} counts consecutive restarts since a stable run. */
    record Restart(Duration delay, int attempt) implements RestartDecision {
    }

    /** Stop restarting: the child already had {@code restartsInWindow} restarts within the policy's window. */
    record GiveUp(int restartsInWindow) implements RestartDecision {
    }
}
