package io.wickedzerg.app.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class HodgesLehmannTest {

    @Test
    void theQuantileMatchesPublishedCriticalValuesOfTheSignedRankTest() {
        // two-sided 5 % critical values T (reject when V <= T), as printed in the usual tables; q is T + 1
        int[] n = {6, 7, 8, 9, 10, 15, 20, 30};
        int[] critical = {0, 2, 3, 5, 8, 25, 52, 137};
        for (int i = 0; i < n.length; i++) {
            assertThat(HodgesLehmann.lowerQuantile(n[i])).as("n = %d", n[i]).isEqualTo(critical[i] + 1);
        }
        assertThat(HodgesLehmann.lowerQuantile(5)).isZero();
        assertThat(Arrays.stream(HodgesLehmann.signedRankDistribution(12)).sum()).isCloseTo(1.0, within(1e-12));
        assertThat(HodgesLehmann.signedRankDistribution(3)).containsExactly(1 / 8.0, 1 / 8.0, 1 / 8.0, 2 / 8.0,
                1 / 8.0, 1 / 8.0, 1 / 8.0);
    }

    @Test
    void tenRatiosGiveTheMedianWalshAverageAndTheNinthFromEachEnd() {
        // ten rounds of an e2e run; reference values by enumerating all 2^10 sign patterns, independently of the DP
        List<Double> ratios = List.of(0.902, 1.13, 1.13, 1.097, 1.034, 0.987, 1.021, 0.98, 0.969, 1.044);

        Interval i = HodgesLehmann.ofRatios(ratios);

        assertThat(i.estimate()).isCloseTo(1.0310155, within(1e-6));
        assertThat(i.low()).isCloseTo(0.9744845, within(1e-6));
        assertThat(i.high()).isCloseTo(1.0809348, within(1e-6));
    }

    @Test
    void oneDisturbedRoundMovesTheEstimateByARankNotByItsSize() {
        List<Double> steady = new ArrayList<>(List.of(1.00, 1.02, 0.98, 1.01, 0.99, 1.00, 1.03, 0.97, 1.00, 1.01));
        double before = HodgesLehmann.ofRatios(steady).estimate();
        steady.set(3, 0.40); // the telemetry-off game of this round was slowed by something else on the machine

        Interval after = HodgesLehmann.ofRatios(steady);

        assertThat(after.estimate()).isCloseTo(before, within(0.01));
        assertThat(after.high()).isLessThan(1.05);
    }

    @Test
    void fewerThanSixValuesGiveAnEstimateButNoInterval() {
        Interval five = HodgesLehmann.ofRatios(List.of(1.0, 1.1, 1.2, 1.3, 1.4));
        Interval six = HodgesLehmann.of(List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0));

        assertThat(five.estimate()).isCloseTo(1.2, within(0.01));
        assertThat(five.known()).isFalse();
        assertThat(six.estimate()).isEqualTo(3.5);
        assertThat(six.low()).isEqualTo(1.0);
        assertThat(six.high()).isEqualTo(6.0);
        assertThat(HodgesLehmann.of(List.of()).estimate()).isNaN();
    }
}
