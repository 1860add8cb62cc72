package io.wickedzerg.optimiser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class EnvironmentMonitorTest {

    private final OptimiserSettings settings = OptimiserSettings.defaults();

    @Test
    void aFallWithinTheGamesOwnSpreadIsNotAChangeUnlessConfidenceIsOff() {
        // wins and losses mixed: a third lower on average (1.2 to 0.8), but each game moves by about 1
        List<Double> baseline = List.of(1.6, 0.4, 1.6, 1.6, 0.4, 1.6);
        List<Double> recent = List.of(0.4, 1.6, 0.4);

        assertThat(EnvironmentMonitor.drop(baseline, recent, settings)).isEmpty();
        assertThat(EnvironmentMonitor.drop(baseline, recent, settings.toBuilder().environmentConfidence(0).build()))
                .hasValueSatisfying(d -> assertThat(d.recent()).isCloseTo(0.8, within(1e-9)));
    }

    @Test
    void aClearFallIsAChangeAndTooShortABaselineIsNone() {
        List<Double> baseline = List.of(1.6, 1.5, 1.7, 1.6);
        List<Double> recent = List.of(0.4, 0.5);

        assertThat(EnvironmentMonitor.drop(baseline, recent, settings)).isPresent();
        assertThat(EnvironmentMonitor.drop(baseline.subList(0, 3), recent, settings)).as("baseline_min_games is 4").isEmpty();
    }

    @Test
    void theBaselineKeepsTheLatestWindowAndStartsAgainAfterAChange() {
        assertThat(EnvironmentMonitor.nextBaseline(List.of(1.0, 2.0, 3.0), List.of(4.0, 5.0), false, 4))
                .containsExactly(2.0, 3.0, 4.0, 5.0);
        assertThat(EnvironmentMonitor.nextBaseline(List.of(1.0, 2.0, 3.0), List.of(4.0, 5.0), true, 4))
                .containsExactly(4.0, 5.0);
    }
}
