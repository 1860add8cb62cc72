package io.wickedzerg.services.supervisor;

import java.time.Duration;
import java.util.Objects;

/**
 * When to restart a child that died, as plain numbers; {@link RestartTracker} applies them to one child.
 *
 * @param initialBackoff       the delay before the first restart after a stable run
 * @param factor               each further consecutive restart waits this many times longer
 * @param maxBackoff           the delay never grows past this
 * @param stablePeriod         a child that stayed up this long counts as healthy again: its next restart
 *                             starts over at {@code initialBackoff}
 * @param maxRestartsPerWindow how many restarts a child may have within {@code window} before the supervisor
 *                             gives up on it (a crash loop that only burns CPU and fills logs)
 * @param window               the rolling window that {@code maxRestartsPerWindow} counts in
 */
public record RestartPolicy(Duration initialBackoff, double factor, Duration maxBackoff, Duration stablePeriod,
                            int maxRestartsPerWindow, Duration window) {

    public RestartPolicy {
        requirePositive(initialBackoff, "initialBackoff");
        requirePositive(maxBackoff, "maxBackoff");
        requirePositive(stablePeriod, "stablePeriod");
        requirePositive(window, "window");
        if (!(factor >= 1.0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("factor must be a finite number >= 1, was " + factor);
        }
        if (maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("maxBackoff " + maxBackoff + " < initialBackoff " + initialBackoff);
        }
        if (maxRestartsPerWindow < 0) {
            throw new IllegalArgumentException("maxRestartsPerWindow must be >= 0, was " + maxRestartsPerWindow);
        }
    }

    /** 500 ms doubling up to 30 s, reset after 60 s up, at most 5 restarts per rolling minute. */
    public static RestartPolicy defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The delay before consecutive restart number {@code attempt} (1 = the first since a stable run). */
    public Duration backoff(int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt starts at 1, was " + attempt);
        }
        // Computed in double so a long crash loop cannot overflow; capped before converting back.
        double millis = initialBackoff.toMillis() * Math.pow(factor, attempt - 1);
        return millis >= maxBackoff.toMillis() ? maxBackoff : Duration.ofMillis(Math.round(millis));
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + duration);
        }
    }

    /** Starts from {@link #defaults()}; set only what differs. */
    public static final class Builder {
        private Duration initialBackoff = Duration.ofMillis(500);
        private double factor = 2.0;
        private Duration maxBackoff = Duration.ofSeconds(30);
        private Duration stablePeriod = Duration.ofSeconds(60);
        private int maxRestartsPerWindow = 5;
        private Duration window = Duration.ofMinutes(1);

        private Builder() {
        }

        public Builder initialBackoff(Duration value) {
            initialBackoff = value;
            return this;
        }

        public Builder factor(double value) {
            factor = value;
            return this;
        }

        public Builder maxBackoff(Duration value) {
            maxBackoff = value;
            return this;
        }

        public Builder stablePeriod(Duration value) {
            stablePeriod = value;
            return this;
        }

        public Builder maxRestartsPerWindow(int value) {
            maxRestartsPerWindow = value;
            return this;
        }

        public Builder window(Duration value) {
            window = value;
            return this;
        }

        public RestartPolicy build() {
            return new RestartPolicy(initialBackoff, factor, maxBackoff, stablePeriod, maxRestartsPerWindow, window);
        }
    }
}
