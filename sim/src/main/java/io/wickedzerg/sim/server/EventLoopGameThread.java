package io.wickedzerg.sim.server;

import io.vertx.core.Context;
import io.vertx.core.Vertx;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A {@link GameThread} on a Vert.x instance's only event loop, the thread that also reads and writes the
 * websockets: a request is served where its frame arrives and its answer written on the spot, with no thread
 * hand-off either way (at step size 1 a client sends thousands of requests a second). The Vert.x instance
 * must have exactly one event loop, or connections could be served on another thread.
 */
public final class EventLoopGameThread implements GameThread {
    private final Vertx vertx;
    private final Context context;
    private final Thread loop;
    private final List<Long> timers = new ArrayList<>();

    private EventLoopGameThread(Vertx vertx, Context context, Thread loop) {
        this.vertx = vertx;
        this.context = context;
        this.loop = loop;
    }

    /** The game thread of {@code vertx}, whose event loop pool must have size 1. */
    public static EventLoopGameThread of(Vertx vertx) {
        Context context = vertx.getOrCreateContext();
        CompletableFuture<Thread> thread = new CompletableFuture<>();
        context.runOnContext(v -> thread.complete(Thread.currentThread()));
        try {
            return new EventLoopGameThread(vertx, context, thread.get(30, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while finding the event loop", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the Vert.x event loop did not start", e);
        }
    }

    @Override
    public void execute(Runnable task) {
        if (Thread.currentThread() == loop) {
            task.run();
        } else {
            context.runOnContext(v -> task.run());
        }
    }

    @Override
    public void every(long periodMillis, Runnable task) {
        execute(() -> timers.add(vertx.setPeriodic(periodMillis, id -> task.run())));
    }

    @Override
    public void close() {
        execute(() -> timers.forEach(vertx::cancelTimer));
    }
}
