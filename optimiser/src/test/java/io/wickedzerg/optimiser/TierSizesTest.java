package io.wickedzerg.optimiser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TierSizesTest {

    private static TierSizes tiers(int population) {
        return OptimiserSettings.builder().populationSize(population).build().tierSizes();
    }

    @Test
    void tenPercentEliteAtLeastOneFortyPercentSignificantTheRestDeprecated() {
        assertThat(tiers(1)).isEqualTo(new TierSizes(1, 0, 0));
        assertThat(tiers(5)).isEqualTo(new TierSizes(1, 2, 2));
        assertThat(tiers(10)).isEqualTo(new TierSizes(1, 4, 5));
        assertThat(tiers(23)).isEqualTo(new TierSizes(2, 9, 12));
    }

    @Test
    void ranksMapToTiersInOrder() {
        TierSizes sizes = tiers(10);

        assertThat(sizes.tierOf(0)).isEqualTo(Tier.ELITE);
        assertThat(sizes.tierOf(1)).isEqualTo(Tier.SIGNIFICANT);
        assertThat(sizes.tierOf(4)).isEqualTo(Tier.SIGNIFICANT);
        assertThat(sizes.tierOf(5)).isEqualTo(Tier.DEPRECATED);
    }
}
