package io.wickedzerg.services.supervisor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * One child's restart history under a {@link RestartPolicy}. It does no I/O and reads time only from the
 * injected clock, so the policy can be tested without processes or waiting. Not thread-safe: the
 * supervisor calls it under the child's lock.
 */
public final class RestartTracker {

    private final RestartPolicy policy;
    private final Clock clock;
    /** When the restarts still inside the rolling window were decided, oldest first. */
    private final Deque<Instant> recentRestarts = new ArrayDeque<>();
    private Instant startedAt;
    private int consecutiveRestarts;

    public RestartTracker(RestartPolicy policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
    }

    /** The child's process has just been started. */
    public void started() {
        startedAt = clock.instant();
    }

    /** The child's process has just died: restart it after a delay, or give up on it. */
    public RestartDecision exited() {
        Instant now = clock.instant();
        // A child that ran long enough was healthy; its crash is a fresh incident, not part of a loop.
        if (startedAt != null && Duration.between(startedAt, now).compareTo(policy.stablePeriod()) >= 0) {
            consecutiveRestarts = 0;
        }
        Instant windowStart = now.minus(policy.window());
        while (!recentRestarts.isEmpty() && !recentRestarts.peekFirst().isAfter(windowStart)) {
            recentRestarts.removeFirst();
        }
        if (recentRestarts.size() >= policy.maxRestartsPerWindow()) {
            return new RestartDecision.GiveUp(recentRestarts.size());
        }
        recentRestarts.addLast(now);
        consecutiveRestarts++;
        return new RestartDecision.Restart(policy.backoff(consecutiveRestarts), consecutiveRestarts);
    }
}
