package io.wickedzerg.bot.ladder;

import io.wickedzerg.bot.game.BotRuntime;
import io.wickedzerg.bot.game.GameSession;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The ladder bot's runtime and its game's session (prepared: strategy model fetched, build order chosen), made on a
 * thread of their own while the main thread connects to the game. Failures (a bad strategy file, bad config) come
 * out of {@link #await()} as they were thrown.
 */
final class RuntimeBuild {

    /** What the build waits for before it starts. */
    @FunctionalInterface
    interface Gate {
        void await() throws InterruptedException;
    }

    private record Built(BotRuntime runtime, GameSession session) {
    }

    private final Gate gate;
    private final Supplier<BotRuntime> runtime;
    private final Function<BotRuntime, GameSession> session;
    private final FutureTask<Built> task = new FutureTask<>(this::build);
    private volatile boolean abandoned;

    private RuntimeBuild(Gate gate, Supplier<BotRuntime> runtime, Function<BotRuntime, GameSession> session) {
        this.gate = gate;
        this.runtime = runtime;
        this.session = session;
    }

    /**
     * Starts building on a daemon thread (a build that hangs never keeps the JVM from exiting) once {@code gate}
     * returns.
     */
    static RuntimeBuild start(Gate gate, Supplier<BotRuntime> runtime, Function<BotRuntime, GameSession> session) {
        RuntimeBuild build = new RuntimeBuild(gate, runtime, session);
        Thread thread = new Thread(build.task, "runtime-build");
        thread.setDaemon(true);
        thread.start();
        return build;
    }

    private Built build() throws InterruptedException {
        gate.await();
        if (abandoned) {
            return null;
        }
        BotRuntime built = runtime.get();
        try {
            GameSession game = session.apply(built);
            game.prepare();
            return new Built(built, game);
        } catch (RuntimeException | Error e) {
            built.close();
            throw e;
        }
    }

    /** Waits for the runtime; rethrows what the build threw. */
    BotRuntime await() {
        return built().runtime();
    }

    /** The game's session, once {@link #await()} has returned. */
    GameSession session() {
        if (!task.isDone()) {
            throw new IllegalStateException("the session is asked for before the build was awaited");
        }
        return built().session();
    }

    /**
     * When the game could not be joined: a build that has not passed its gate yet is skipped (call this before
     * opening the gate); one that has is closed by {@link #closeWhenBuilt()}.
     */
    void abandon() {
        abandoned = true;
    }

    /** Closes what an abandoned build made, if it made anything, so its clients spool what they hold. */
    void closeWhenBuilt() {
        try {
            Built built = task.get();
            if (built != null) {
                built.runtime().close();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | RuntimeException e) {
            // the connection's failure is what the caller reports
        }
    }

    private Built built() {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    Built built = task.get();
                    if (built == null) {
                        throw new IllegalStateException("the runtime's build was abandoned");
                    }
                    return built;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtimeFailure) {
                throw runtimeFailure;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } catch (CancellationException e) {
            throw new IllegalStateException("the runtime's build was cancelled", e);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
