package io.wickedzerg.clients.telemetry;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The callers of {@code flush()} still waiting. The worker takes them before it looks at the event
 * queue, so every event sent before a flush call is in the drain that completes that call.
 */
final class PendingFlushes {

    private final ConcurrentLinkedQueue<CompletableFuture<Void>> waiting = new ConcurrentLinkedQueue<>();

    CompletableFuture<Void> add() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        waiting.add(done);
        return done;
    }

    boolean isEmpty() {
        return waiting.isEmpty();
    }

    /** The calls made so far; the caller completes them once it has handled everything queued now. */
    List<CompletableFuture<Void>> take() {
        List<CompletableFuture<Void>> taken = new ArrayList<>();
        for (CompletableFuture<Void> next = waiting.poll(); next != null; next = waiting.poll()) {
            taken.add(next);
        }
        return taken;
    }

    static void complete(List<CompletableFuture<Void>> flushes) {
        for (CompletableFuture<Void> flush : flushes) {
            flush.complete(null);
        }
    }

    void completeAll() {
        complete(take());
    }
}
