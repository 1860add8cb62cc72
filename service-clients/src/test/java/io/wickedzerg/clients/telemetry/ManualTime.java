package io.wickedzerg.clients.telemetry;

import io.wickedzerg.clients.testing.MutableClock;
import java.time.Duration;

/**
 * Time that moves only when the test says so, for both the wall clock (breaker, spool) and the
 * telemetry worker's waits. A worker waiting here wakes when the time passes its deadline or a
 * sender wakes it, never by itself; the test sees whether it waits, and until when.
 */
final class ManualTime implements WorkerClock {

    /** Not zero: the worker treats zero as "no event waiting". */
    private static final long START_NANOS = 1_000_000_000L;

    private final MutableClock wall = MutableClock.atEpochPlus(0);

    private long nanos = START_NANOS;
    private boolean wakePending;
    private long parkedUntil = -1;

    /** The wall clock for the breaker and the spool; it moves with this time. */
    MutableClock wallClock() {
        return wall;
    }

    synchronized void advance(Duration by) {
        nanos += by.toNanos();
        wall.advance(by);
        notifyAll();
    }

    /** Nanoseconds since this time started. */
    synchronized long elapsedNanos() {
        return nanos - START_NANOS;
    }

    /** When the worker's current wait ends, relative to the start; -1 when it is not waiting. */
    synchronized long parkedUntilElapsed() {
        return parkedUntil < 0 ? -1 : parkedUntil - START_NANOS;
    }

    synchronized boolean isParked() {
        return parkedUntil >= 0;
    }

    /**
     * Parked, and staying so until the time moves past its deadline or a sender wakes it: the worker
     * has done everything it can do now (not merely "about to wake up").
     */
    synchronized boolean isWaiting() {
        return parkedUntil >= 0 && nanos < parkedUntil && !wakePending;
    }

    @Override
    public synchronized long nanoTime() {
        return nanos;
    }

    @Override
    public synchronized void parkNanos(long waitNanos) {
        long until = nanos + waitNanos;
        parkedUntil = until;
        try {
            while (!wakePending && nanos < until) {
                wait();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            wakePending = false;
            parkedUntil = -1;
        }
    }

    @Override
    public synchronized void wake(Thread worker) {
        wakePending = true;
        notifyAll();
    }
}
