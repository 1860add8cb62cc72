package io.wickedzerg.app.soak;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Plays a list of games a few at a time: each worker takes the next game off one queue, so a long game never holds
 * up the others. Whatever a finished game is handed to runs under one lock, in the order the games end, so the
 * caller may write files and keep counts without locks of its own. The first failure of a game stops the
 * workers from taking more and is thrown; games already handed over stay handed over.
 */
public final class ParallelGames {

    /** Plays one game. */
    @FunctionalInterface
    public interface Player<G, R> {
        R play(G game) throws Exception;
    }

    /** Takes one finished game; runs under the lock. */
    @FunctionalInterface
    public interface Finished<G, R> {
        void accept(G game, R result) throws Exception;
    }

    private final int parallel;

    public ParallelGames(int parallel) {
        if (parallel < 1) {
            throw new IllegalArgumentException("parallel must be at least 1, was " + parallel);
        }
        this.parallel = parallel;
    }

    public <G, R> void run(List<G> games, Player<G, R> player, Finished<G, R> finished) throws Exception {
        ConcurrentLinkedQueue<G> todo = new ConcurrentLinkedQueue<>(games);
        Object lock = new Object();
        int workers = Math.min(parallel, Math.max(1, games.size()));
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                running.add(pool.submit(() -> {
                    try {
                        for (G game = todo.poll(); game != null; game = todo.poll()) {
                            R result = player.play(game);
                            synchronized (lock) {
                                finished.accept(game, result);
                            }
                        }
                        return null;
                    } catch (Exception | Error e) {
                        // the other workers finish the game they are in and take no more
                        todo.clear();
                        throw e;
                    }
                }));
            }
            Exception first = null;
            for (Future<?> worker : running) {
                try {
                    worker.get();
                } catch (ExecutionException e) {
                    if (first == null) {
                        first = e.getCause() instanceof Exception cause ? cause : e;
                    }
                }
            }
            if (first != null) {
                throw first;
            }
        } finally {
            pool.shutdown();
        }
    }
}
