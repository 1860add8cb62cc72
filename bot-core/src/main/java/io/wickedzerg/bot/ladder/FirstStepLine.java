package io.wickedzerg.bot.ladder;

import io.wickedzerg.bot.game.BotBrain;
import io.wickedzerg.bot.game.StepListener;
import io.wickedzerg.bot.model.StepSnapshot;
import java.io.PrintStream;
import java.util.function.LongSupplier;

/**
 * One line after the bot's first step ({@code first step at game loop N, M ms after the JVM started}): a ladder bot
 * on one core must be in the game within seconds of its launch, and {@code run.sh bench} times that from this line.
 * Every later step costs one boolean check.
 */
final class FirstStepLine implements StepListener {

    private final PrintStream out;
    private final LongSupplier uptimeMillis;
    private boolean printed;

    /** @param uptimeMillis milliseconds since the JVM started (the RuntimeMXBean's uptime in the bot) */
    FirstStepLine(PrintStream out, LongSupplier uptimeMillis) {
        this.out = out;
        this.uptimeMillis = uptimeMillis;
    }

    @Override
    public void afterStep(StepSnapshot snapshot, BotBrain brain) {
        at(snapshot.gameLoop());
    }

    void at(long loop) {
        if (!printed) {
            printed = true;
            out.println("first step at game loop " + loop + ", " + uptimeMillis.getAsLong() + " ms after the JVM started");
            out.flush();
        }
    }
}
