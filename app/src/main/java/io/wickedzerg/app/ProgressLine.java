package io.wickedzerg.app;

import io.wickedzerg.bot.game.BotBrain;
import io.wickedzerg.bot.game.StepListener;
import io.wickedzerg.bot.model.StepSnapshot;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Time, bank, supply, army, workers: on a terminal one line rewritten in place every few game
 * seconds; elsewhere (CI logs, pipes) a plain line every game minute, so logs stay readable.
 */
final class ProgressLine implements StepListener {

    static final long EVERY_LOOPS = 112;
    static final long EVERY_LOOPS_NOT_INTERACTIVE = 1344;

    private final PrintWriter out;
    private final String prefix;
    private final boolean interactive;
    private final long everyLoops;
    private long lastLoop;

    ProgressLine(PrintWriter out, String prefix, boolean interactive) {
        this.out = out;
        this.prefix = prefix;
        this.interactive = interactive;
        this.everyLoops = interactive ? EVERY_LOOPS : EVERY_LOOPS_NOT_INTERACTIVE;
        this.lastLoop = -everyLoops;
    }

    /** Whether this process writes to a terminal a person is watching. */
    static boolean stdoutIsTerminal() {
        return System.console() != null;
    }

    @Override
    public void afterStep(StepSnapshot s, BotBrain brain) {
        if (s.gameLoop() - lastLoop < everyLoops) {
            return;
        }
        lastLoop = s.gameLoop();
        if (interactive) {
            out.print("\r" + format(s));
        } else {
            out.println(format(s).stripTrailing());
        }
        out.flush();
    }

    String format(StepSnapshot s) {
        int seconds = (int) s.gameSeconds();
        return String.format(Locale.ROOT, "%s%2d:%02d  minerals %4d  gas %4d  supply %3d/%-3d  army %3d  workers %3d   ",
                prefix, seconds / 60, seconds % 60, s.minerals(), s.vespene(), s.foodUsed(), s.foodCap(),
                s.armySupply(), s.drones().size());
    }

    void end() {
        if (interactive) {
            out.print("\r" + " ".repeat(90) + "\r");
            out.flush();
        }
    }
}
