package io.wickedzerg.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StepTimesTest {

    private static StepTimes.Game game(String name, boolean hybrid, String result, double p99, double cpuP99,
                                       double serverP99, int strikes) {
        List<String> lines = result == null ? List.of() : List.of("result " + result + " vs opponent x after 10000 loops;"
                + " build order b; step time p50 0.1 ms, p99 " + p99 + " ms, max 9 ms over 1 steps; CPU p99 " + cpuP99
                + " ms");
        return new StepTimes.Game(name, hybrid, BotRun.parse(lines), Optional.of(new ServerClock(serverP99, strikes)));
    }

    @Test
    void eachSideIsTheMedianOfItsGamesSoOneDisturbedGameDoesNotDecide() {
        // hybrid, off; off, hybrid; hybrid, off: the first off game was hit by something else on the machine
        StepTimes times = new StepTimes(List.of(
                game("hybrid", true, "Victory", 1.00, 0.50, 5.0, 0),
                game("off-1", false, "Victory", 1.60, 0.52, 9.0, 2),
                game("off-2", false, "Victory", 1.02, 0.50, 5.2, 0),
                game("hybrid-2", true, "Victory", 1.04, 0.49, 5.4, 0),
                game("hybrid-3", true, "Victory", 0.98, 0.51, 4.8, 1),
                game("off-3", false, "Victory", 0.99, 0.48, 5.0, 0)), 0.05);

        E2eReport.Row row = times.row();

        assertThat(row.ok()).isTrue();
        assertThat(row.value()).startsWith("medians of 3 games a side: 1.000 ms vs 1.020 ms = 0.980 (target <= 1.05)")
                .contains("in the order played: hybrid 1.000, off 1.600, off 1.020, hybrid 1.040, hybrid 0.980, off 0.990 ms")
                .contains("game thread's CPU p99 0.500 ms vs 0.500 ms = 1.000")
                .contains("p99 5.000 ms vs 5.200 ms, steps over 40 ms 0+0+1 vs 2+0+0");
    }

    @Test
    void anEvenNumberOfGamesASideTakesTheMeanOfTheMiddleTwo() {
        StepTimes times = new StepTimes(List.of(
                game("hybrid", true, "Victory", 1.20, 0.5, 5, 0),
                game("off-1", false, "Victory", 1.00, 0.5, 5, 0),
                game("off-2", false, "Victory", 1.00, 0.5, 5, 0),
                game("hybrid-2", true, "Victory", 1.00, 0.5, 5, 0)), 0.05);

        E2eReport.Row row = times.row();

        assertThat(row.value()).startsWith("medians of 2 games a side: 1.100 ms vs 1.000 ms = 1.100");
        assertThat(row.ok()).isFalse();
    }

    @Test
    void aGameWithoutAResultFailsTheRowWhateverTheOthersSay() {
        StepTimes times = new StepTimes(List.of(
                game("hybrid", true, "Victory", 1.0, 0.5, 5, 0),
                game("off-1", false, "Victory", 1.0, 0.5, 5, 0),
                game("off-2", false, "Victory", 1.0, 0.5, 5, 0),
                game("hybrid-2", true, null, 0, 0, 5, 0)), 0.05);

        E2eReport.Row row = times.row();

        assertThat(row.ok()).isFalse();
        assertThat(row.value()).contains("hybrid (no result)");
    }

    @Test
    void theOrderFlipsEachRoundStartingWithTheCheckedHybridGame() {
        assertThat(List.of(1, 2, 3, 4)).map(StepTimes::hybridFirst).containsExactly(true, false, true, false);
    }
}
