package io.wickedzerg.optimiser;

/**
 * How many candidates of a generation fall in each tier: elite = round(eliteFraction * n) but at least one,
 * significant = round(significantFraction * n) of the rest, deprecated = what is left. With the defaults
 * (10 %, 40 %): 1 -> 1/0/0, 5 -> 1/2/2, 10 -> 1/4/5, 23 -> 2/9/12.
 */
public record TierSizes(int elite, int significant, int deprecated) {

    public static TierSizes of(int population, double eliteFraction, double significantFraction) {
        if (population < 1) {
            throw new IllegalArgumentException("a population has at least one candidate, was " + population);
        }
        int elite = (int) Math.max(1, Math.round(eliteFraction * population));
        int significant = (int) Math.min(population - elite, Math.round(significantFraction * population));
        return new TierSizes(elite, significant, population - elite - significant);
    }

    public Tier tierOf(int rank) {
        if (rank < elite) {
            return Tier.ELITE;
        }
        return rank < elite + significant ? Tier.SIGNIFICANT : Tier.DEPRECATED;
    }
}
