package io.wickedzerg.clients.telemetry;

import java.util.concurrent.locks.LockSupport;

/**
 * The telemetry worker's sense of time: a monotonic clock and a timed wait that a sender can end
 * early. Injected so tests move time by hand and see when the worker waits, and for how long.
 */
interface WorkerClock {

    /** Monotonic nanoseconds, as {@link System#nanoTime()}. */
    long nanoTime();

    /** Waits up to {@code nanos}, or less: after {@link #wake} (also one that came first) or spuriously. */
    void parkNanos(long nanos);

    /** Ends the worker's current or next wait. */
    void wake(Thread worker);

    static WorkerClock system() {
        return SystemWorkerClock.INSTANCE;
    }

    /** The real clock and {@link LockSupport}. */
    enum SystemWorkerClock implements WorkerClock {
        INSTANCE;

        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void parkNanos(long nanos) {
            LockSupport.parkNanos(this, nanos);
        }

        @Override
        public void wake(Thread worker) {
            LockSupport.unpark(worker);
        }
    }
}
