package io.wickedzerg.bot.cli;

import io.wickedzerg.bot.game.BotBrain;
import io.wickedzerg.bot.game.StepListener;
import io.wickedzerg.bot.model.StepSnapshot;
import java.io.PrintWriter;
import java.util.Locale;

/** One line, rewritten in place every few game seconds: time, bank, supply, army, workers. */
final class ProgressLine implements StepListener {

    static final long EVERY_LOOPS = 112;

    private final PrintWriter out;
    private final String prefix;
    private long lastLoop = -EVERY_LOOPS;

    ProgressLine(PrintWriter out, String prefix) {
        this.out = out;
        this.prefix = prefix;
    }

    @Override
    public void afterStep(StepSnapshot s, BotBrain brain) {
        if (s.gameLoop() - lastLoop < EVERY_LOOPS) {
            return;
        }
        lastLoop = s.gameLoop();
        out.print("\r" + format(s));
        out.flush();
    }

    String format(StepSnapshot s) {
        int seconds = (int) s.gameSeconds();
        return String.format(Locale.ROOT, "%s%2d:%02d  minerals %4d  gas %4d  supply %3d/%-3d  army %3d  workers %3d   ",
                prefix, seconds / 60, seconds % 60, s.minerals(), s.vespene(), s.foodUsed(), s.foodCap(),
                s.armySupply(), s.drones().size());
    }

    void end() {
        out.print("\r" + " ".repeat(90) + "\r");
        out.flush();
    }
}
