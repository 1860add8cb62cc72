package io.wickedzerg.bot.ladder;

import io.wickedzerg.bot.game.BotBrain;
import io.wickedzerg.bot.game.StepListener;
import io.wickedzerg.bot.model.StepSnapshot;
import java.io.PrintStream;

/**
 * One line ({@code progress game loop N}) each time the game passes a multiple of {@code every} loops, so whoever
 * reads the ladder bot's output (AI Arena's log, {@code run.sh e2e}) knows how far the game is without asking the
 * game server. One comparison a step; a print only every {@code every} loops.
 */
final class LadderProgress implements StepListener {

    static final long EVERY_LOOPS = 250;

    private final PrintStream out;
    private final long every;
    private long next;

    LadderProgress(PrintStream out, long every) {
        if (every < 1) {
            throw new IllegalArgumentException("every must be >= 1 loop, was " + every);
        }
        this.out = out;
        this.every = every;
        this.next = every;
    }

    @Override
    public void afterStep(StepSnapshot snapshot, BotBrain brain) {
        at(snapshot.gameLoop());
    }

    /** The game reached {@code loop}. */
    void at(long loop) {
        if (loop >= next) {
            out.println("progress game loop " + loop);
            out.flush();
            next = (loop / every + 1) * every;
        }
    }
}
