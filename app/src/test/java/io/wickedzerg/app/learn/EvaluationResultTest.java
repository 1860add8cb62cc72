package io.wickedzerg.app.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.wickedzerg.optimiser.Genome;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class EvaluationResultTest {

    private static final Genome GENOME = LearnFixtures.space().defaults();
    private static final List<Contender> CONTENDERS = List.of(
            new Contender(Contender.BEST, "final best", "g8-c00", GENOME, OptionalDouble.of(1.5)),
            new Contender(Contender.MEDIAN, "median", "g0-c04", GENOME, OptionalDouble.of(0.6)),
            new Contender(Contender.DEFAULTS, "defaults", "", GENOME, OptionalDouble.empty()));

    private static GameRecord game(String contender, int game, String result, double seconds) {
        LearnTask task = LearnTask.evaluation(contender, game, GENOME, new GameCondition(900_001 + game, "Zerg", "m"));
        return GameRecord.of(task, "VeryHard", "result", result, seconds, null, null, 30, 25, "", "games/x");
    }

    /** The best wins its 8 games fast; the median loses all; the defaults win the even games. */
    private static List<GameRecord> games() {
        List<GameRecord> games = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            games.add(game(Contender.BEST, i, "Victory", 400 + 10 * i));
            games.add(game(Contender.MEDIAN, i, "Defeat", 300 + 20 * i));
            games.add(game(Contender.DEFAULTS, i, i % 2 == 0 ? "Victory" : "Defeat", 500));
        }
        return games;
    }

    @Test
    void eachContenderHasItsWinsAndMeanFitnessWithIntervals() {
        EvaluationResult e = EvaluationResult.of(CONTENDERS, games());

        EvaluationResult.Row best = e.rows().get(0);
        assertThat(best.games()).isEqualTo(8);
        assertThat(best.wins()).isEqualTo(8);
        assertThat(best.winRate().low()).isGreaterThan(0.6);
        assertThat(e.rows().get(1).wins()).isZero();
        assertThat(e.rows().get(2).wins()).isEqualTo(4);
        assertThat(best.meanFitness().estimate()).isGreaterThan(1.4);
    }

    @Test
    void theBestIsComparedGameByGameWithEachOther() {
        EvaluationResult e = EvaluationResult.of(CONTENDERS, games());

        EvaluationResult.Comparison vsMedian = e.comparisons().get(0);
        assertThat(vsMedian.other()).isEqualTo(Contender.MEDIAN);
        assertThat(vsMedian.pairs()).isEqualTo(8);
        assertThat(vsMedian.bestWins() - vsMedian.otherWins()).isEqualTo(8);
        assertThat(vsMedian.fitnessDifference().excludesZero()).isTrue();
        assertThat(vsMedian.verdict()).contains("won 8 of 8 vs 0 of 8 (+100 points)").contains("better, significant");
        double expected = e.rows().get(0).meanFitness().estimate() - e.rows().get(1).meanFitness().estimate();
        assertThat(vsMedian.fitnessDifference().estimate()).isCloseTo(expected, within(1e-12));
    }

    @Test
    void onlyGamesBothPlayedArePairedAndTheConclusionSaysWhatItCannotTell() {
        List<GameRecord> some = new ArrayList<>(games().stream()
                .filter(g -> !(g.player().equals(Contender.DEFAULTS) && g.game() > 2)).toList());

        EvaluationResult e = EvaluationResult.of(CONTENDERS, some);
        LearnReport report = new LearnReport(LearnFixtures.settings(8, 8, 2, 8), LearnFixtures.MAPS, List.of(), e,
                some, 60);

        EvaluationResult.Comparison vsDefaults = e.comparisons().get(1);
        assertThat(vsDefaults.pairs()).isEqualTo(3);
        assertThat(report.conclusion()).startsWith("On fresh seeds the final best beat the initial population's median (")
                .contains("significant at 5 %");
        assertThat(report.conclusion()).contains("; it did better than the defaults (").contains("but not significantly");
    }
}
