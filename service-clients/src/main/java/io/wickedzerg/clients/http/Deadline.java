package io.wickedzerg.clients.http;

import java.time.Duration;

/** A point on the monotonic clock after which no new network attempt starts. */
public record Deadline(long nanoTime) {

    private static final Deadline NONE = new Deadline(Long.MAX_VALUE);

    public static Deadline none() {
        return NONE;
    }

    public static Deadline after(Duration duration) {
        long now = System.nanoTime();
        long nanos = duration.toNanos();
        return new Deadline(nanos >= Long.MAX_VALUE - now ? Long.MAX_VALUE : now + nanos);
    }

    public boolean isNone() {
        return nanoTime == Long.MAX_VALUE;
    }

    public boolean hasPassed() {
        return !isNone() && System.nanoTime() - nanoTime >= 0;
    }

    public Duration remaining() {
        if (isNone()) {
            return Duration.ofNanos(Long.MAX_VALUE);
        }
        return Duration.ofNanos(Math.max(0, nanoTime - System.nanoTime()));
    }
}
