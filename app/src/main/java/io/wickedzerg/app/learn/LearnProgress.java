package io.wickedzerg.app.learn;

import io.wickedzerg.optimiser.GenerationSummary;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * The console while a run plays: one line a game (where the run is, how the game went, the standing, the time
 * left) and one a completed generation. The time left is the remaining games at this session's pace so far (games
 * finished since it began, over its wall time, which counts the games played in parallel).
 */
final class LearnProgress {

    private final PrintWriter out;
    private final LongSupplier nanoClock;
    private final int total;
    private final long startNanos;
    private int done;
    private int doneThisSession;

    /** @param alreadyDone games a resumed run played in earlier sessions */
    LearnProgress(PrintWriter out, LongSupplier nanoClock, int total, int alreadyDone) {
        this.out = out;
        this.nanoClock = nanoClock;
        this.total = total;
        this.done = alreadyDone;
        this.startNanos = nanoClock.getAsLong();
    }

    /**
     * @param where    e.g. "generation 2 (3 of 8)" or "evaluation"
     * @param standing e.g. "training win rate 22 % (8/37)"
     */
    void game(GameRecord r, String where, String standing) {
        done++;
        doneThisSession++;
        int s = (int) Math.round(r.gameSeconds());
        String how = r.decided() ? String.format(Locale.ROOT, "%s at %d:%02d", r.result(), s / 60, s % 60)
                : r.kind() + (r.problem().isEmpty() ? "" : " (" + r.problem() + ")");
        out.printf(Locale.ROOT, "[%" + digits() + "d/%d] %s, %s game %d: %s vs %s %s on %s (seed %d), %.1f s wall | "
                        + "%s | %s%n", done, total, where, r.player(), r.game() + 1, how, r.race(), r.difficulty(),
                r.map(), r.seed(), r.wallSeconds(), standing, eta());
        out.flush();
    }

    void generation(GenerationSummary g, int generations) {
        out.printf(Locale.ROOT, "generation %d done (%d of %d): %d games, %d won (%.0f %%), mean fitness %.3f, best "
                        + "%.3f (%s)%n", g.generation(), g.generation() + 1, generations, g.games(), g.wins(), 100 * g.winRate(), g.meanFitness(),
                g.bestFitness(), g.bestCandidate());
        out.flush();
    }

    String eta() {
        int left = total - done;
        if (left <= 0) {
            return "done";
        }
        double secondsPerGame = (nanoClock.getAsLong() - startNanos) / 1e9 / doneThisSession;
        return "ETA " + duration(secondsPerGame * left);
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return Math.round(s / 60.0) + " min";
        }
        long minutes = Math.round(s / 60.0);
        return String.format(Locale.ROOT, "%d h %02d min", minutes / 60, minutes % 60);
    }

    private int digits() {
        return String.valueOf(total).length();
    }
}
