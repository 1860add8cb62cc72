package io.wickedzerg.sim.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits in protocol tests for what the server's game thread reports, asking it again until it holds. */
final class ServerWaits {
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private ServerWaits() {
    }

    /** Returns once {@code condition} holds; fails naming {@code what} after 10 s. */
    static void until(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("%s within %d s", what, PATIENCE.toSeconds()).isLessThan(deadline);
            Thread.onSpinWait();
        }
    }
}
