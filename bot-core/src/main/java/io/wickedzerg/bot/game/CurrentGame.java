package io.wickedzerg.bot.game;

import io.wickedzerg.bot.logging.GamePosition;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The game a runtime plays now, for threads outside the game (a log line from any thread carries the game it
 * happened in). Written at a game's start and end only; the loop is read from the game's telemetry logger
 * when asked, so all the game thread pays for it is the logger's one volatile write per step.
 */
public final class CurrentGame implements Supplier<GamePosition> {

    /** One reference, so a reader never pairs one game's id with another game's loop. */
    private record Running(String gameId, LongSupplier loop) {
    }

    private final AtomicReference<Running> running = new AtomicReference<>();

    /** @param loop the last game loop the bot stepped (read from other threads: must be safe to) */
    public void started(String gameId, LongSupplier loop) {
        running.set(new Running(Objects.requireNonNull(gameId, "gameId"), Objects.requireNonNull(loop, "loop")));
    }

    /** Only the game that is running ends: a late call for an earlier game changes nothing. */
    public void ended(String gameId) {
        running.updateAndGet(now -> now != null && now.gameId().equals(gameId) ? null : now);
    }

    @Override
    public GamePosition get() {
        Running now = running.get();
        return now == null ? GamePosition.NONE : new GamePosition(now.gameId(), now.loop().getAsLong());
    }
}
