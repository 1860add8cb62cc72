package io.wickedzerg.optimiser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The GA against a made-up opponent: the chance to win rises as drone_target nears 62 and attack_supply nears 80
 * (the defaults, 50 and 36, win about one game in five; the optimum nine in ten). Games are drawn from a seeded
 * source, so each run is the same every time; several seeds keep the margins honest.
 */
class LearningTest {

    private static final int GENERATIONS = 15;

    private static double winChance(Genome g) {
        double d = (g.value("drone_target") - 62) / 15;
        double a = (g.value("attack_supply") - 80) / 35;
        return 0.1 + 0.8 * Math.exp(-d * d - a * a);
    }

    /** Distance to the optimum, each parameter as a share of its range. */
    private static double distance(Genome g) {
        double d = (g.value("drone_target") - 62) / 55;
        double a = (g.value("attack_supply") - 80) / 108;
        return Math.sqrt(d * d + a * a);
    }

    private static double mean(List<GenerationSummary> generations) {
        return generations.stream().mapToDouble(GenerationSummary::meanFitness).average().orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void fifteenGenerationsMoveTheBestTowardsTheOptimumAndRaiseTheMeanFitness(long seed) {
        Optimiser optimiser = new Optimiser(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
        OptimiserSettings settings = OptimiserSettings.builder().populationSize(20).gamesPerCandidate(3).build();
        OptimiserState start = optimiser.startFromDefaults(Spaces.strategy(), settings, seed);
        SplittableRandom games = new SplittableRandom(seed + 1000);
        Function<Candidate, Outcome> opponent = c -> Outcome.of(
                games.nextDouble() < winChance(c.genome()) ? Result.VICTORY : Result.DEFEAT,
                400 + games.nextDouble() * 1000);

        OptimiserState end = Play.untilGeneration(optimiser, start, GENERATIONS, opponent);

        double from = distance(Spaces.strategy().defaults());
        assertThat(from).isGreaterThan(0.45);
        assertThat(distance(end.best().genome())).as("best after %d generations", GENERATIONS).isLessThan(from / 2);
        List<GenerationSummary> history = end.history();
        assertThat(history).hasSize(GENERATIONS);
        assertThat(mean(history.subList(GENERATIONS - 3, GENERATIONS)))
                .as("mean fitness of the last three generations against the first three")
                .isGreaterThan(mean(history.subList(0, 3)) + 0.1);
        assertThat(history.get(GENERATIONS - 1).winRate()).isGreaterThan(history.get(0).winRate());
    }
}
