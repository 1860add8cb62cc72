package io.wickedzerg.optimiser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The same seed and the same outcomes give the same states, across a restart through JSON too. */
class DeterminismTest {

    private final Optimiser optimiser = new Optimiser(Clock.fixed(Instant.parse("2024-05-01T12:00:00Z"), ZoneOffset.UTC));
    private final OptimiserSettings settings = OptimiserSettings.builder().populationSize(8).gamesPerCandidate(2).build();

    /** Outcomes from their own seeded source, drawn in playing order: the same run plays the same games. */
    private static Function<Candidate, Outcome> games(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        return c -> {
            double winChance = c.genome().value("drone_target") / 75;
            return Outcome.of(random.nextDouble() < winChance ? Result.VICTORY : Result.DEFEAT,
                    300 + random.nextDouble() * 1200).withTrade(random.nextDouble() * 5000, random.nextDouble() * 5000);
        };
    }

    private OptimiserState run(long seed, int games) {
        return Play.games(optimiser, optimiser.startFromDefaults(Spaces.strategy(), settings, seed), games, games(99));
    }

    @Test
    void theSameSeedAndOutcomesGiveEqualStates() {
        OptimiserState a = run(5, 100);
        OptimiserState b = run(5, 100);

        assertThat(a.generation()).isEqualTo(6);
        assertThat(a).isEqualTo(b);
    }

    @Test
    void anotherSeedGivesOtherCandidates() {
        OptimiserState a = run(5, 100);
        OptimiserState b = run(6, 100);

        assertThat(a.candidates()).isNotEqualTo(b.candidates());
        assertThat(optimiser.startRandom(Spaces.strategy(), settings, 5).candidates())
                .isNotEqualTo(optimiser.startRandom(Spaces.strategy(), settings, 6).candidates());
    }

    @Test
    void aRunStoppedMidGenerationAndReadBackFromJsonGoesOnAsIfUninterrupted() throws Exception {
        Function<Candidate, Outcome> outcomes = games(99);
        OptimiserState s = optimiser.startFromDefaults(Spaces.strategy(), settings, 5);
        s = Play.games(optimiser, s, 37, outcomes);
        assertThat(s.candidates()).as("mid-generation").anySatisfy(c -> assertThat(c.games()).isNotEmpty())
                .anySatisfy(c -> assertThat(c.games()).isEmpty());

        OptimiserJson json = new OptimiserJson();
        OptimiserState restarted = json.read(json.write(s));
        // a new optimiser object, as after a process restart
        Optimiser again = new Optimiser(Clock.fixed(Instant.parse("2024-05-01T12:00:00Z"), ZoneOffset.UTC));
        restarted = Play.games(again, restarted, 63, outcomes);

        assertThat(restarted).isEqualTo(run(5, 100));
    }
}
