package io.wickedzerg.clients.http;

import java.time.Duration;

/**
 * Waits between retries. Injected so tests record the waits instead of spending them; {@link #wakeUp()}
 * lets a closing client end a wait early without interrupting the worker (an interrupt would close
 * the spool's FileChannel under it).
 */
public interface Sleeper {

    void sleep(Duration duration) throws InterruptedException;

    /** Ends the current and any later wait at once; waits after this return immediately. */
    default void wakeUp() {
    }

    /** A real sleeper; one per client, since {@link #wakeUp()} is sticky. */
    static Sleeper system() {
        return new ParkingSleeper();
    }
}
