package io.wickedzerg.app.learn;

import io.wickedzerg.app.stats.Interval;
import io.wickedzerg.optimiser.GenerationSummary;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** {@code learn.md}: the run for people, with the curve's PNG beside it. */
final class ReportMarkdown {

    private ReportMarkdown() {
    }

    static String of(LearnReport r, String chartFile) {
        LearnSettings s = r.settings();
        StringBuilder b = new StringBuilder("# Does learning learn? A learn run\n\n");
        b.append(String.format(Locale.ROOT, "Seed %d. Generations: %d, of %d candidates, %s each (%d training "
                        + "games), starting from a random population; against the built-in AI at %s, a random race "
                        + "each game, the maps %s in turn; every candidate of a generation plays the same seeds, races "
                        + "and maps. Evaluation: %s for each contender on seeds training never used, the same "
                        + "games for each.%n%n", s.seed(), s.generations(), s.population(), games(s.gamesPerCandidate()),
                s.trainingGames(), s.difficulty(), String.join(", ", r.maps()), games(s.evalGames())));
        b.append(String.format(Locale.ROOT, "Games: %d played, %d with a result; without one: %d undecided, %d "
                        + "protocol timeouts, %d failed, %d hung (each scored as a defeat at its time). Median wall "
                        + "time a game %.1f s (its process, start-up included).%n%n", r.games().size(), r.decided(), r.ofKind("undecided"),
                r.ofKind("protocol_timeout"), r.ofKind("failed"), r.ofKind("hung"), r.medianWallSeconds()));
        b.append("## Training\n\n| generation | games | wins | win rate | mean fitness | best fitness | best candidate |\n");
        b.append("| ---: | ---: | ---: | ---: | ---: | ---: | --- |\n");
        for (GenerationSummary g : r.history()) {
            b.append(String.format(Locale.ROOT, "| %d | %d | %d | %s | %.3f | %.3f | %s |%n", g.generation(), g.games(),
                    g.wins(), percent(g.winRate()), g.meanFitness(), g.bestFitness(), g.bestCandidate()));
        }
        b.append("\nFitness per game is 0 .. 2: a win 1 + 0.8·speed + 0.2·trade, a loss 0.8·(1 − speed) + 0.2·trade "
                + "(speed = 1 / (1 + game seconds / 600), trade = killed / (killed + lost) value). Best fitness is the "
                + "top-ranked candidate's, elite counting their earlier games too.\n\n");
        b.append("![win rate and fitness by generation](").append(chartFile).append(")\n\n");
        evaluation(b, r.evaluation());
        b.append("\n## Verdict\n\n");
        for (EvaluationResult.Comparison c : r.evaluation().comparisons()) {
            b.append("- ").append(c.verdict()).append('\n');
        }
        b.append('\n').append(r.conclusion()).append('\n');
        parameters(b, r.evaluation());
        return b.toString();
    }

    private static void evaluation(StringBuilder b, EvaluationResult e) {
        b.append("## Evaluation on fresh seeds\n\n| contender | what | games | wins | win rate (95 % CI) "
                + "| mean fitness (95 % CI) | training fitness |\n| --- | --- | ---: | ---: | ---: | ---: | ---: |\n");
        for (EvaluationResult.Row row : e.rows()) {
            Interval w = row.winRate();
            Interval f = row.meanFitness();
            b.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %s (%s .. %s) | %s | %s |%n",
                    row.contender().name(), row.contender().what(), row.games(), row.wins(), percent(w.estimate()),
                    percent(w.low()), percent(w.high()),
                    f.known() ? String.format(Locale.ROOT, "%.3f (%.3f .. %.3f)", f.estimate(), f.low(), f.high())
                            : number(f.estimate()),
                    row.contender().trainingFitness().isPresent()
                            ? number(row.contender().trainingFitness().getAsDouble()) : "–"));
        }
    }

    private static void parameters(StringBuilder b, EvaluationResult e) {
        b.append("\n## The contenders' parameter sets\n\n| parameter |");
        Set<String> keys = new TreeSet<>();
        for (EvaluationResult.Row row : e.rows()) {
            b.append(' ').append(row.contender().name()).append(" |");
            keys.addAll(row.contender().genome().parameters().keySet());
        }
        b.append("\n| --- |").append(" ---: |".repeat(e.rows().size())).append("\n| build order |");
        e.rows().forEach(row -> b.append(' ').append(row.contender().genome().buildOrder()).append(" |"));
        for (String key : keys) {
            b.append("\n| ").append(key).append(" |");
            e.rows().forEach(row -> b.append(' ').append(number(row.contender().genome().value(key))).append(" |"));
        }
        b.append('\n');
    }

    private static String games(int n) {
        return n == 1 ? "1 game" : n + " games";
    }

    static String percent(double share) {
        return Double.isNaN(share) ? "–" : String.format(Locale.ROOT, "%.0f %%", share * 100);
    }

    static String number(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.3f", v);
    }
}
