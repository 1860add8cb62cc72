package io.wickedzerg.app.learn;

import io.wickedzerg.app.stats.Interval;
import io.wickedzerg.optimiser.GenerationSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Everything a finished run reports: its settings, the training curve, the evaluation, and what they say in words.
 *
 * @param maps           the maps played, in turn
 * @param history        each training generation's numbers, oldest first
 * @param games          every game of the run, training and evaluation
 * @param sessionSeconds wall time of the session that finished the run (a resumed run's earlier sessions are not in it)
 */
public record LearnReport(LearnSettings settings, List<String> maps, List<GenerationSummary> history,
                          EvaluationResult evaluation, List<GameRecord> games, double sessionSeconds) {

    public LearnReport {
        maps = List.copyOf(maps);
        history = List.copyOf(history);
        games = List.copyOf(games);
    }

    /** Games that ended with a victory, defeat or tie. */
    public long decided() {
        return games.stream().filter(GameRecord::decided).count();
    }

    public long ofKind(String kind) {
        return games.stream().filter(g -> g.kind().equals(kind)).count();
    }

    public double medianWallSeconds() {
        List<Double> walls = games.stream().map(GameRecord::wallSeconds).sorted().toList();
        return walls.isEmpty() ? 0 : walls.get(walls.size() / 2);
    }

    /**
     * One honest sentence: whether the final best beat the initial median and the defaults, by how much, and whether
     * the evaluation can tell that from chance.
     */
    public String conclusion() {
        List<String> parts = new ArrayList<>();
        for (EvaluationResult.Comparison c : evaluation.comparisons()) {
            Interval d = c.fitnessDifference();
            String by = String.format(Locale.ROOT, "%+.3f mean fitness a game, %+.0f win-rate points", d.estimate(),
                    c.pairs() == 0 ? 0 : 100.0 * (c.bestWins() - c.otherWins()) / c.pairs());
            String against = c.other().equals(Contender.MEDIAN) ? "the initial population's median" : "the defaults";
            if (d.excludesZero() && d.estimate() > 0) {
                parts.add("beat " + against + " (" + by + ", significant at 5 %)");
            } else if (d.excludesZero()) {
                parts.add("did worse than " + against + " (" + by + ", significant at 5 %)");
            } else if (d.estimate() > 0) {
                parts.add("did better than " + against + " (" + by + ") but not significantly: over "
                        + c.pairs() + " games that is within chance");
            } else if (d.estimate() < 0) {
                parts.add("did worse than " + against + " (" + by + "), not significantly");
            } else {
                parts.add("did as well as " + against);
            }
        }
        return "On fresh seeds the final best " + String.join("; it ", parts) + ".";
    }
}
