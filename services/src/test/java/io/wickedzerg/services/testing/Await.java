package io.wickedzerg.services.testing;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * Waits for a condition on real state (a process, a port, an HTTP answer) with a deadline, checking it every
 * few milliseconds; never a fixed wait that hopes the state has arrived.
 */
public final class Await {

    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    private Await() {
    }

    /** Returns as soon as {@code condition} holds; fails naming {@code what} when it has not by {@code timeout}. */
    public static void until(String what, Duration timeout, BooleanSupplier condition) {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - end > 0) {
                throw new AssertionError("timed out after " + timeout + " waiting for " + what);
            }
            LockSupport.parkNanos(POLL_NANOS);
            if (Thread.interrupted()) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what);
            }
        }
    }
}
