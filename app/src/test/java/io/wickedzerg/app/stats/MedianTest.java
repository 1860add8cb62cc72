package io.wickedzerg.app.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MedianTest {

    @Test
    void theMiddleValueOrTheMeanOfTheMiddleTwoAndNaNForNone() {
        assertThat(Median.ofSorted(new double[] {1, 2, 9})).isEqualTo(2.0);
        assertThat(Median.ofSorted(new double[] {1, 2, 4, 9})).isEqualTo(3.0);
        assertThat(Median.ofSorted(new double[] {7})).isEqualTo(7.0);
        assertThat(Median.ofSorted(new double[0])).isNaN();
    }
}
