package io.wickedzerg.app.learn;

import io.wickedzerg.app.stats.Interval;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the evaluation's games say: each contender's wins and mean fitness with their 95 % intervals, and the final
 * best against each other contender game by game. The contenders played the same seeds, races and maps, so the
 * best is compared on the difference of fitness in each pair of games (a paired comparison, far less noisy than
 * two separate means); the difference is significant at 5 % when its interval excludes 0.
 */
public record EvaluationResult(List<Row> rows, List<Comparison> comparisons) {

    public EvaluationResult {
        rows = List.copyOf(rows);
        comparisons = List.copyOf(comparisons);
    }

    /** One contender's games. */
    public record Row(Contender contender, int games, int wins, int undecided, Interval winRate,
                      Interval meanFitness) {
    }

    /** The best against another contender over the games both played. */
    public record Comparison(String best, String other, int pairs, int bestWins, int otherWins,
                             Interval fitnessDifference) {

        public String verdict() {
            String wins = String.format(Locale.ROOT, "won %d of %d vs %d of %d (%+.0f points)", bestWins, pairs,
                    otherWins, pairs, pairs == 0 ? 0 : 100.0 * (bestWins - otherWins) / pairs);
            if (!fitnessDifference.known()) {
                return String.format(Locale.ROOT, "%s vs %s: %s; mean fitness %+.3f a game, too few games to say "
                        + "whether that is more than chance", best, other, wins, fitnessDifference.estimate());
            }
            String how = fitnessDifference.excludesZero()
                    ? (fitnessDifference.estimate() > 0 ? "better" : "worse") + ", significant at the 5 % level"
                    : "no significant difference (the interval includes 0)";
            return String.format(Locale.ROOT, "%s vs %s: %s; mean fitness %+.3f a game (95 %% CI %+.3f .. %+.3f): %s",
                    best, other, wins, fitnessDifference.estimate(), fitnessDifference.low(), fitnessDifference.high(),
                    how);
        }
    }

    /** @param games the evaluation's records, of every contender */
    public static EvaluationResult of(List<Contender> contenders, List<GameRecord> games) {
        Map<String, Map<Integer, GameRecord>> byContender = new HashMap<>();
        for (GameRecord g : games) {
            if (g.phase() == LearnTask.Phase.EVALUATION) {
                byContender.computeIfAbsent(g.player(), k -> new HashMap<>()).put(g.game(), g);
            }
        }
        List<Row> rows = new ArrayList<>();
        for (Contender c : contenders) {
            List<GameRecord> played = List.copyOf(byContender.getOrDefault(c.name(), Map.of()).values());
            int wins = (int) played.stream().filter(GameRecord::won).count();
            int undecided = (int) played.stream().filter(g -> !g.decided()).count();
            rows.add(new Row(c, played.size(), wins, undecided, Interval.wilson(wins, played.size()),
                    Interval.mean(played.stream().map(GameRecord::fitness).toList())));
        }
        List<Comparison> comparisons = new ArrayList<>();
        Map<Integer, GameRecord> best = byContender.getOrDefault(contenders.get(0).name(), Map.of());
        for (Contender other : contenders.subList(1, contenders.size())) {
            comparisons.add(compare(contenders.get(0).name(), best, other.name(),
                    byContender.getOrDefault(other.name(), Map.of())));
        }
        return new EvaluationResult(rows, comparisons);
    }

    private static Comparison compare(String bestName, Map<Integer, GameRecord> best, String otherName,
                                      Map<Integer, GameRecord> other) {
        List<Double> differences = new ArrayList<>();
        int bestWins = 0;
        int otherWins = 0;
        for (Map.Entry<Integer, GameRecord> e : best.entrySet()) {
            GameRecord o = other.get(e.getKey());
            if (o != null) {
                differences.add(e.getValue().fitness() - o.fitness());
                bestWins += e.getValue().won() ? 1 : 0;
                otherWins += o.won() ? 1 : 0;
            }
        }
        return new Comparison(bestName, otherName, differences.size(), bestWins, otherWins, Interval.mean(differences));
    }
}
