package io.wickedzerg.clients.http;

import io.wickedzerg.config.HybridConfig;
import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * How often and how long to wait before trying again. Modelled on OpenTelemetry's OTLP RetryPolicy
 * (1 s x1.5 up to 5 s, jittered), with the attempts and the first delay from {@link HybridConfig}.
 *
 * @param maxAttempts    attempts in all, the first one included (>= 1)
 * @param initialBackoff wait before the first retry
 * @param multiplier     growth of the wait per retry (>= 1)
 * @param maxBackoff     longest computed wait
 * @param maxRetryAfter  longest wait a server's {@code Retry-After} may ask for
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, double multiplier, Duration maxBackoff,
                          Duration maxRetryAfter) {

    public static final double DEFAULT_MULTIPLIER = 1.5;
    public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofSeconds(5);
    public static final Duration DEFAULT_MAX_RETRY_AFTER = Duration.ofSeconds(10);

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts: must be >= 1, was " + maxAttempts);
        }
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
        if (initialBackoff.isNegative() || maxBackoff.isNegative() || maxRetryAfter.isNegative()) {
            throw new IllegalArgumentException("initialBackoff, maxBackoff, maxRetryAfter: must be >= 0");
        }
        if (!(multiplier >= 1.0)) {
            throw new IllegalArgumentException("multiplier: must be >= 1, was " + multiplier);
        }
    }

    /** retry_attempts retries after the first try, the first after retry_delay. */
    public static RetryPolicy from(HybridConfig config) {
        Duration first = config.retryDelay();
        Duration max = first.compareTo(DEFAULT_MAX_BACKOFF) > 0 ? first : DEFAULT_MAX_BACKOFF;
        return new RetryPolicy(config.retryAttempts() + 1, first, DEFAULT_MULTIPLIER, max, DEFAULT_MAX_RETRY_AFTER);
    }

    /**
     * The wait before retry number {@code retry} (1 = the first retry): exponential, capped, then
     * jittered into [half, full] so that clients that failed together do not retry together.
     */
    public Duration backoff(int retry, RandomGenerator random) {
        if (retry < 1) {
            throw new IllegalArgumentException("retry: must be >= 1, was " + retry);
        }
        double nanos = initialBackoff.toNanos() * Math.pow(multiplier, retry - 1);
        long capped = (long) Math.min(nanos, (double) maxBackoff.toNanos());
        if (capped <= 0) {
            return Duration.ZERO;
        }
        long half = capped / 2;
        return Duration.ofNanos(half + (long) (random.nextDouble() * (capped - half)));
    }

    /** A server's requested wait, never longer than {@link #maxRetryAfter}. */
    public Duration capRetryAfter(Duration requested) {
        return requested.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : requested;
    }
}
