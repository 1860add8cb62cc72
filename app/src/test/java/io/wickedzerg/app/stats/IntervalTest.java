package io.wickedzerg.app.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class IntervalTest {

    @Test
    void wilsonMatchesThePublishedValuesAndStaysInsideZeroToOne() {
        // 7 of 10: 0.3968 .. 0.8922; 0 of 10: 0 .. 0.2775 (Wilson score interval, z = 1.96)
        Interval seven = Interval.wilson(7, 10);
        assertThat(seven.estimate()).isEqualTo(0.7);
        assertThat(seven.low()).isCloseTo(0.3968, within(1e-4));
        assertThat(seven.high()).isCloseTo(0.8922, within(1e-4));
        Interval none = Interval.wilson(0, 10);
        assertThat(none.low()).isZero();
        assertThat(none.high()).isCloseTo(0.2775, within(1e-4));
    }

    @Test
    void aMeansIntervalUsesStudentsTForFewValues() {
        // mean 1.0, sample sd 0.5 over 10 values: half width t(9) 2.262 * 0.5 / sqrt(10) = 0.3577
        List<Double> values = List.of(0.5, 1.5, 0.5, 1.5, 0.5, 1.5, 0.5, 1.5, 1.0, 1.0);
        double sd = Math.sqrt(values.stream().mapToDouble(v -> (v - 1) * (v - 1)).sum() / 9);

        Interval i = Interval.mean(values);

        assertThat(i.estimate()).isCloseTo(1.0, within(1e-12));
        assertThat(i.high() - i.estimate()).isCloseTo(2.262 * sd / Math.sqrt(10), within(1e-9));
        assertThat(i.excludesZero()).isTrue();
    }

    @Test
    void anIntervalAcrossZeroIsNotSignificantAndOneValueHasNoInterval() {
        assertThat(Interval.mean(List.of(-1.0, 1.0, 0.5)).excludesZero()).isFalse();
        Interval one = Interval.mean(List.of(0.4));
        assertThat(one.known()).isFalse();
        assertThat(one.excludesZero()).isFalse();
        assertThat(Interval.t(30)).isEqualTo(2.042);
        assertThat(Interval.t(60)).isCloseTo(2.0003, within(0.003));
    }
}
