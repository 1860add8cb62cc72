package io.wickedzerg.bot.logging;

import java.util.function.LongSupplier;

/**
 * A token bucket: {@code burst} tokens at most, refilled at {@code perSecond}. A bot caught in a loop that
 * warns every step must not turn the telemetry queue into a log pipe, while a short burst of real errors
 * (a game that goes wrong at once) still gets through whole.
 */
public final class TokenBucket {

    private final double tokensPerNano;
    private final double burst;
    private final LongSupplier nanoClock;
    private double tokens;
    private long last;

    /**
     * @param perSecond tokens added per second; > 0
     * @param burst     the most tokens held, and what a full bucket starts with; >= 1
     * @param nanoClock a monotonic clock in nanoseconds ({@code System::nanoTime}; tests move their own)
     */
    public TokenBucket(double perSecond, int burst, LongSupplier nanoClock) {
        if (!(perSecond > 0)) {
            throw new IllegalArgumentException("perSecond: must be > 0, was " + perSecond);
        }
        if (burst < 1) {
            throw new IllegalArgumentException("burst: must be >= 1, was " + burst);
        }
        this.tokensPerNano = perSecond / 1e9;
        this.burst = burst;
        this.nanoClock = nanoClock;
        this.tokens = burst;
        this.last = nanoClock.getAsLong();
    }

    /**
     * Takes a token when there is one. Synchronized, but only over a few arithmetic operations: no I/O and
     * no waiting inside, so a logging thread is never held longer than another one's refill.
     */
    public synchronized boolean tryAcquire() {
        long now = nanoClock.getAsLong();
        // a clock that steps back adds nothing rather than taking tokens away
        long elapsed = Math.max(0, now - last);
        last = now;
        tokens = Math.min(burst, tokens + elapsed * tokensPerNano);
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }
}
