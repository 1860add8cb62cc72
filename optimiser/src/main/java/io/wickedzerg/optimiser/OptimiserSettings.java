package io.wickedzerg.optimiser;

/**
 * How the genetic algorithm runs. Stored in the state, so a restarted optimiser goes on exactly as it began.
 *
 * @param populationSize                candidates per generation
 * @param gamesPerCandidate             games a candidate plays before it is scored
 * @param eliteFraction                 share of a generation ranked elite (at least one candidate)
 * @param significantFraction           share ranked significant, after the elite
 * @param tournamentSize                candidates drawn per parent pick; the best ranked of them is the parent
 * @param mutationProbability           chance that a child's parameter is mutated
 * @param mutationSigma                 a mutation's standard deviation, as a share of the parameter's range
 * @param initialSigma                  the same for the copies of the defaults in a population seeded from them
 *                                      (every parameter of those is mutated)
 * @param buildOrderMutationProbability chance that a child's build order is replaced by another one at random
 * @param environmentDrop               elite fitness falling by this share of its baseline or more declares an
 *                                      environment change (0.2 = 20 %) ...
 * @param environmentConfidence         ... when the fall is also at least this many standard errors (0: the fall
 *                                      alone decides; see EnvironmentMonitor)
 * @param baselineWindow                earlier games remembered: of each elite (counted in its ranking), and of the
 *                                      elite's re-evaluations (the environment check's baseline)
 * @param baselineMinGames              the environment check waits until its baseline holds this many games
 * @param widenedSigma                  mutation sigma while exploration is widened after an environment change
 * @param freshShare                    share of the bred (non-elite) candidates drawn at random while widened
 * @param widenedGenerations            how many generations after a declared change are bred widened
 */
public record OptimiserSettings(int populationSize, int gamesPerCandidate, double eliteFraction,
                                double significantFraction, int tournamentSize, double mutationProbability,
                                double mutationSigma, double initialSigma, double buildOrderMutationProbability,
                                double environmentDrop, double environmentConfidence, int baselineWindow,
                                int baselineMinGames, double widenedSigma, double freshShare,
                                int widenedGenerations) {

    public OptimiserSettings {
        atLeast("population_size", populationSize, 1);
        atLeast("games_per_candidate", gamesPerCandidate, 1);
        share("elite_fraction", eliteFraction);
        share("significant_fraction", significantFraction);
        if (eliteFraction + significantFraction > 1) {
            throw new IllegalArgumentException("elite_fraction + significant_fraction must not exceed 1, was "
                    + (eliteFraction + significantFraction));
        }
        atLeast("tournament_size", tournamentSize, 1);
        share("mutation_probability", mutationProbability);
        sigma("mutation_sigma", mutationSigma);
        sigma("initial_sigma", initialSigma);
        share("build_order_mutation_probability", buildOrderMutationProbability);
        if (!(environmentDrop > 0 && environmentDrop < 1)) {
            throw new IllegalArgumentException("environment_drop must be between 0 and 1 (exclusive), was " + environmentDrop);
        }
        if (!(environmentConfidence >= 0)) {
            throw new IllegalArgumentException("environment_confidence must be >= 0, was " + environmentConfidence);
        }
        atLeast("baseline_window", baselineWindow, 1);
        atLeast("baseline_min_games", baselineMinGames, 1);
        if (baselineMinGames > baselineWindow) {
            throw new IllegalArgumentException("baseline_min_games (" + baselineMinGames
                    + ") must not exceed baseline_window (" + baselineWindow + ")");
        }
        sigma("widened_sigma", widenedSigma);
        share("fresh_share", freshShare);
        atLeast("widened_generations", widenedGenerations, 0);
    }

    private static void atLeast(String name, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be at least " + min + ", was " + value);
        }
    }

    private static void share(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1], was " + value);
        }
    }

    private static void sigma(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1] (a share of the range), was " + value);
        }
    }

    public static OptimiserSettings defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().populationSize(populationSize).gamesPerCandidate(gamesPerCandidate)
                .eliteFraction(eliteFraction).significantFraction(significantFraction).tournamentSize(tournamentSize)
                .mutationProbability(mutationProbability).mutationSigma(mutationSigma).initialSigma(initialSigma)
                .buildOrderMutationProbability(buildOrderMutationProbability).environmentDrop(environmentDrop)
                .environmentConfidence(environmentConfidence).baselineWindow(baselineWindow)
                .baselineMinGames(baselineMinGames).widenedSigma(widenedSigma).freshShare(freshShare).widenedGenerations(widenedGenerations);
    }

    public TierSizes tierSizes() {
        return TierSizes.of(populationSize, eliteFraction, significantFraction);
    }

    /** Defaults: 10 candidates x 2 games (a generation every 20 games), 10 % elite, 40 % significant. */
    public static final class Builder {
        private int populationSize = 10;
        private int gamesPerCandidate = 2;
        private double eliteFraction = 0.1;
        private double significantFraction = 0.4;
        private int tournamentSize = 3;
        private double mutationProbability = 0.3;
        private double mutationSigma = 0.1;
        private double initialSigma = 0.15;
        private double buildOrderMutationProbability = 0.1;
        private double environmentDrop = 0.2;
        private double environmentConfidence = 1.5;
        private int baselineWindow = 20;
        private int baselineMinGames = 4;
        private double widenedSigma = 0.25;
        private double freshShare = 0.3;
        private int widenedGenerations = 2;

        private Builder() {
        }

        public Builder populationSize(int v) { populationSize = v; return this; }
        public Builder gamesPerCandidate(int v) { gamesPerCandidate = v; return this; }
        public Builder eliteFraction(double v) { eliteFraction = v; return this; }
        public Builder significantFraction(double v) { significantFraction = v; return this; }
        public Builder tournamentSize(int v) { tournamentSize = v; return this; }
        public Builder mutationProbability(double v) { mutationProbability = v; return this; }
        public Builder mutationSigma(double v) { mutationSigma = v; return this; }
        public Builder initialSigma(double v) { initialSigma = v; return this; }
        public Builder buildOrderMutationProbability(double v) { buildOrderMutationProbability = v; return this; }
        public Builder environmentDrop(double v) { environmentDrop = v; return this; }
        public Builder environmentConfidence(double v) { environmentConfidence = v; return this; }
        public Builder baselineWindow(int v) { baselineWindow = v; return this; }
        public Builder baselineMinGames(int v) { baselineMinGames = v; return this; }
        public Builder widenedSigma(double v) { widenedSigma = v; return this; }
        public Builder freshShare(double v) { freshShare = v; return this; }
        public Builder widenedGenerations(int v) { widenedGenerations = v; return this; }

        public OptimiserSettings build() {
            return new OptimiserSettings(populationSize, gamesPerCandidate, eliteFraction, significantFraction,
                    tournamentSize, mutationProbability, mutationSigma, initialSigma, buildOrderMutationProbability,
                    environmentDrop, environmentConfidence, baselineWindow, baselineMinGames, widenedSigma, freshShare,
                    widenedGenerations);
        }
    }
}
