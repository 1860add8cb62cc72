package io.wickedzerg.sim.server;

/**
 * The one thread a {@link GameHost} runs on: every request, disconnect and realtime tick goes through it, so
 * the engine needs no locks. The server runs it on its websocket event loop, so there is no hand-off
 * per request ({@link EventLoopGameThread}).
 */
public interface GameThread extends AutoCloseable {
    /** Runs the task on the game thread, in submission order; inline when already on it. */
    void execute(Runnable task);

    /** Runs the task every {@code periodMillis} on the game thread until closed. */
    void every(long periodMillis, Runnable task);

    @Override
    void close();
}
