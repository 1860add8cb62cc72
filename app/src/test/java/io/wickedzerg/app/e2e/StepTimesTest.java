package io.wickedzerg.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
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

    /** Rounds played hybrid first, then off first, and so on, each off game at 1 ms and its hybrid game at the ratio. */
    private static StepTimes rounds(double... ratios) {
        return roundsWithServerRatio(1.0, ratios);
    }

    /** As {@link #rounds(double...)}, the server's clock giving the hybrid games serverRatio times the off games' p99. */
    private static StepTimes roundsWithServerRatio(double serverRatio, double... ratios) {
        List<StepTimes.Game> games = new ArrayList<>();
        for (int r = 0; r < ratios.length; r++) {
            StepTimes.Game hybrid = game("hybrid-" + (r + 1), true, "Victory", ratios[r], 0.5, 5 * serverRatio, 0);
            StepTimes.Game off = game("off-" + (r + 1), false, "Victory", 1.0, 0.5, 5, 0);
            games.addAll(StepTimes.hybridFirst(r + 1) ? List.of(hybrid, off) : List.of(off, hybrid));
        }
        return new StepTimes(games, 0.05);
    }

    @Test
    void eachRoundIsOneRatioSoASlowMinuteForTheWholeMachineDoesNotDecide() {
        // hybrid, off; off, hybrid; hybrid, off: the second round ran while the whole machine was 50 % slower, which
        // moves both of its games; each side's median would be pulled by it, the round's ratio is not
        StepTimes times = new StepTimes(List.of(
                game("hybrid", true, "Victory", 1.00, 0.50, 5.0, 0),
                game("off-1", false, "Victory", 1.00, 0.50, 5.0, 2),
                game("off-2", false, "Victory", 1.50, 0.75, 7.5, 0),
                game("hybrid-2", true, "Victory", 1.65, 0.75, 7.5, 0),
                game("hybrid-3", true, "Victory", 0.99, 0.50, 4.8, 1),
                game("off-3", false, "Victory", 1.00, 0.50, 5.0, 0)), 0.05);

        E2eReport.Row row = times.row();

        // ratios 1.0, 1.1, 0.99; the logarithms' Walsh averages -0.0101, -0.0050, 0, 0.0426, 0.0477, 0.0953 have the
        // median 0.0213: 1.022
        assertThat(row.ok()).isTrue();
        assertThat(row.value()).startsWith("bot's timer 1.022 (3 rounds' ratios, no 95 % interval under 6 rounds)"
                        + " (target <= 1.05);")
                .contains("rounds (hybrid/off, bot's timer): 1.000, 1.100, 0.990")
                .contains("in the order played: hybrid 1.000, off 1.000, off 1.500, hybrid 1.650, hybrid 0.990, off 1.000 ms")
                .contains("medians 1.000 ms vs 1.000 ms")
                .contains("game thread's CPU p99 1.000 (3 rounds' ratios")
                .contains("on the server's clock (as AI Arena counts) 0.990 (3 rounds' ratios, no 95 % interval under"
                        + " 6 rounds), p99 medians 5.000 ms vs 5.000 ms, steps over 40 ms 0+0+1 vs 2+0+0");
    }

    @Test
    void sixOrMoreRoundsSayWhetherTheyResolveTheTarget() {
        StepTimes within = rounds(1.01, 1.00, 1.02, 0.99, 1.00, 1.01, 1.02, 0.98);
        StepTimes straddling = rounds(0.90, 1.10, 1.02, 0.95, 1.12, 0.97, 1.08, 1.01);
        StepTimes over = rounds(1.20, 1.21, 1.19, 1.25, 1.18, 1.22);

        assertThat(within.row().ok()).isTrue();
        assertThat(within.row().value()).startsWith("bot's timer 1.005 (Hodges-Lehmann over 8 rounds' ratios, 95 % interval ")
                .contains("(target <= 1.05): within the target at 95 %");
        assertThat(straddling.row().ok()).isTrue();
        assertThat(straddling.row().value()).contains(": the interval straddles the target, not resolved");
        assertThat(over.row().ok()).isFalse();
        assertThat(over.row().value()).contains(": over the target at 95 %");
    }

    @Test
    void theServersClockMustMeetTheTargetTooAsAiArenaCountsThatOne() {
        StepTimes slowerOnTheServersClock = roundsWithServerRatio(1.2, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0);

        E2eReport.Row row = slowerOnTheServersClock.row();

        assertThat(row.ok()).isFalse();
        assertThat(row.value()).startsWith("bot's timer 1.000 (Hodges-Lehmann over 6 rounds' ratios, 95 % interval"
                        + " 1.000-1.000) (target <= 1.05): within the target at 95 %;")
                .contains("on the server's clock (as AI Arena counts) 1.200 (Hodges-Lehmann over 6 rounds' ratios,"
                        + " 95 % interval 1.200-1.200): over the target at 95 %, p99 medians 6.000 ms vs 5.000 ms");
    }

    @Test
    void oneRoundGivesItsRatioAndNoInterval() {
        StepTimes times = new StepTimes(List.of(
                game("hybrid", true, "Victory", 1.20, 0.5, 5, 0),
                game("off-1", false, "Victory", 1.00, 0.5, 5, 0)), 0.05);

        E2eReport.Row row = times.row();

        assertThat(row.value())
                .startsWith("bot's timer 1.200 (1 round's ratio, no 95 % interval under 6 rounds) (target <= 1.05);")
                .contains("rounds (hybrid/off, bot's timer): 1.200;");
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
        assertThat(row.value()).contains("rounds (hybrid/off, bot's timer): 1.000, -;").contains("hybrid (no result)");
    }

    @Test
    void gamesThatDoNotPairIntoRoundsAreRefused() {
        assertThatThrownBy(() -> new StepTimes(List.of(game("hybrid", true, "Victory", 1, 0.5, 5, 0)), 0.05))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rounds of two, got 1");
        assertThatThrownBy(() -> new StepTimes(List.of(game("hybrid", true, "Victory", 1, 0.5, 5, 0),
                game("hybrid-2", true, "Victory", 1, 0.5, 5, 0)), 0.05))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("round 1 must play one game of each side, got hybrid and hybrid-2");
    }

    @Test
    void theOrderFlipsEachRoundStartingWithTheCheckedHybridGame() {
        assertThat(List.of(1, 2, 3, 4)).map(StepTimes::hybridFirst).containsExactly(true, false, true, false);
    }
}
