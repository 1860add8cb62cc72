package io.wickedzerg.sim.server;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The one thread a {@link GameHost} runs on: every request, disconnect and realtime tick goes through it, so
 * the engine needs no locks. The server runs it on its websocket event loop (no hand-off per request); a
 * host made on its own gets a dedicated thread.
 */
public interface GameThread extends AutoCloseable {
    /** Runs the task on the game thread, in submission order; inline when already on it. */
    void execute(Runnable task);

    /** Runs the task every {@code periodMillis} on the game thread until closed. */
    void every(long periodMillis, Runnable task);

    @Override
    void close();

    /** A dedicated daemon thread named {@code sim-game}. */
    static GameThread dedicated() {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sim-game");
            t.setDaemon(true);
            return t;
        });
        return new GameThread() {
            @Override
            public void execute(Runnable task) {
                executor.execute(task);
            }

            @Override
            public void every(long periodMillis, Runnable task) {
                executor.scheduleAtFixedRate(task, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
            }

            @Override
            public void close() {
                executor.shutdownNow();
                try {
                    executor.awaitTermination(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
    }
}
