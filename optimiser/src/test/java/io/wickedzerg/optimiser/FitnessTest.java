package io.wickedzerg.optimiser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FitnessTest {

    private static double fitness(Result result, double seconds) {
        return Fitness.of(Outcome.of(result, seconds));
    }

    @Test
    void anEarlierWinBeatsALaterWinWhichBeatsALongLossWhichBeatsAShortLoss() {
        double earlyWin = fitness(Result.VICTORY, 300);
        double lateWin = fitness(Result.VICTORY, 1500);
        double longLoss = fitness(Result.DEFEAT, 1500);
        double shortLoss = fitness(Result.DEFEAT, 300);

        assertThat(earlyWin).isGreaterThan(lateWin);
        assertThat(lateWin).isGreaterThan(longLoss);
        assertThat(longLoss).isGreaterThan(shortLoss);
    }

    @Test
    void everyWinBeatsEveryTieAndLossEvenAtTheExtremes() {
        double slowestWinWithTheWorstTrade = Fitness.of(Outcome.of(Result.VICTORY, 1e9).withTrade(0, 1000));
        double longestLossWithTheBestTrade = Fitness.of(Outcome.of(Result.DEFEAT, 1e9).withTrade(1000, 0));
        double bestTie = Fitness.of(Outcome.of(Result.TIE, 2700).withTrade(1000, 0));

        assertThat(slowestWinWithTheWorstTrade).isGreaterThan(1.0).isGreaterThanOrEqualTo(bestTie);
        assertThat(longestLossWithTheBestTrade).isLessThan(1.0);
        assertThat(bestTie).isLessThanOrEqualTo(1.0).isGreaterThan(fitness(Result.DEFEAT, 2700));
    }

    @Test
    void theKilledToLostRatioBreaksTiesOfTheSameResultAndLength() {
        Outcome win = Outcome.of(Result.VICTORY, 900);
        Outcome loss = Outcome.of(Result.DEFEAT, 900);

        assertThat(Fitness.of(win.withTrade(3000, 1000))).isGreaterThan(Fitness.of(win))
                .isGreaterThan(Fitness.of(win.withTrade(1000, 3000)));
        assertThat(Fitness.of(loss.withTrade(3000, 1000))).isGreaterThan(Fitness.of(loss.withTrade(1000, 3000)));
        assertThat(Fitness.of(win.withTrade(0, 0))).as("nothing traded: as unknown").isEqualTo(Fitness.of(win));
    }

    @Test
    void staysWithinZeroToTwo() {
        for (Result r : Result.values()) {
            for (double seconds : new double[] {0, 1, 60, 600, 2700, 1e7}) {
                for (double[] trade : new double[][] {{0, 0}, {0, 5000}, {5000, 0}, {100, 100}}) {
                    assertThat(Fitness.of(Outcome.of(r, seconds).withTrade(trade[0], trade[1])))
                            .isBetween(Fitness.MIN, Fitness.MAX);
                }
            }
        }
        assertThat(fitness(Result.VICTORY, 0)).isCloseTo(1.9, within(1e-12));
        assertThat(fitness(Result.DEFEAT, 0)).isCloseTo(0.1, within(1e-12));
    }

    @Test
    void anUndecidedGameCountsAsALossAtItsTime() {
        assertThat(fitness(Result.UNDECIDED, 700)).isEqualTo(fitness(Result.DEFEAT, 700));
    }

    @Test
    void resultsParseAsTheBotAndOcraftSpellThem() {
        assertThat(Result.parse("Victory")).isEqualTo(Result.VICTORY);
        assertThat(Result.parse("UNDECIDED")).isEqualTo(Result.UNDECIDED);
        assertThatThrownBy(() -> Result.parse("won")).hasMessageContaining("'won'").hasMessageContaining("Victory");
        assertThatThrownBy(() -> Outcome.of(Result.VICTORY, -1)).hasMessageContaining("game seconds");
    }
}
