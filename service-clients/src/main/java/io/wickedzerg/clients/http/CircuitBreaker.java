package io.wickedzerg.clients.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Stops network calls to a service that keeps failing. Closed: calls go through; after
 * {@code failureThreshold} consecutive failed deliveries (or one refused connection) it opens, and
 * for {@code openDuration} no call is made. Then one probe goes through (half-open): success
 * closes it, failure opens it again.
 */
public final class CircuitBreaker {

    public enum State { CLOSED, OPEN, HALF_OPEN }

    /** What the caller may do now. */
    public enum Permit { CALL, PROBE, DENIED }

    private final int failureThreshold;
    private final Duration openDuration;
    private final Clock clock;

    private State state = State.CLOSED;
    private int consecutiveFailures;
    private Instant openedAt = Instant.MIN;
    private boolean probeInFlight;
    private long opened;

    public CircuitBreaker(int failureThreshold, Duration openDuration, Clock clock) {
        if (failureThreshold < 1) {
            throw new IllegalArgumentException("failureThreshold: must be >= 1, was " + failureThreshold);
        }
        this.failureThreshold = failureThreshold;
        this.openDuration = Objects.requireNonNull(openDuration, "openDuration");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public static CircuitBreaker withDefaults(Clock clock) {
        return new CircuitBreaker(3, Duration.ofSeconds(5), clock);
    }

    public synchronized Permit tryAcquire() {
        switch (state) {
            case CLOSED:
                return Permit.CALL;
            case OPEN:
                if (clock.instant().isBefore(openedAt.plus(openDuration))) {
                    return Permit.DENIED;
                }
                state = State.HALF_OPEN;
                probeInFlight = true;
                return Permit.PROBE;
            default:
                if (probeInFlight) {
                    return Permit.DENIED;
                }
                probeInFlight = true;
                return Permit.PROBE;
        }
    }

    /** True when a call would be let through now, without taking the permit. */
    public synchronized boolean wouldAllow() {
        return switch (state) {
            case CLOSED -> true;
            case OPEN -> !clock.instant().isBefore(openedAt.plus(openDuration));
            case HALF_OPEN -> !probeInFlight;
        };
    }

    public synchronized void onSuccess() {
        consecutiveFailures = 0;
        probeInFlight = false;
        state = State.CLOSED;
    }

    public synchronized void onFailure() {
        consecutiveFailures++;
        if (state == State.HALF_OPEN || consecutiveFailures >= failureThreshold) {
            open();
        }
    }

    /**
     * Closed again now, past failures forgotten: for a caller with a deadline of its own that wants one
     * more full try of the service (a client replaying its spool while it closes). A failure opens it again.
     */
    public synchronized void reset() {
        consecutiveFailures = 0;
        probeInFlight = false;
        state = State.CLOSED;
    }

    /** Opens at once: a refused connection needs no second opinion. */
    public synchronized void trip() {
        consecutiveFailures = Math.max(consecutiveFailures, failureThreshold);
        open();
    }

    private void open() {
        if (state != State.OPEN) {
            opened++;
        }
        state = State.OPEN;
        probeInFlight = false;
        openedAt = clock.instant();
    }

    public synchronized State state() {
        return state;
    }

    /** How many times it has opened. */
    public synchronized long timesOpened() {
        return opened;
    }
}
