package io.wickedzerg.optimiser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class EnvironmentChangeTest {

    private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");
    private static final int CHANGE_AT = 3;

    private final Optimiser optimiser = new Optimiser(Clock.fixed(NOW, ZoneOffset.UTC));
    private final OptimiserSettings settings = OptimiserSettings.builder().populationSize(5).gamesPerCandidate(2)
            .baselineMinGames(2).build();

    /** Every game scores 1.5 until generation {@link #CHANGE_AT}; from then on the elite carried over score {@code after}. */
    private static Function<Candidate, Outcome> world(double after) {
        return c -> {
            boolean changed = CandidateIds.generationOf(c.id()).orElseThrow() >= CHANGE_AT;
            return Outcomes.scoring(changed && c.origin() == Origin.ELITE ? after : 1.5);
        };
    }

    private OptimiserState play(double after, int untilGeneration) {
        return Play.untilGeneration(optimiser, optimiser.startFromDefaults(Spaces.strategy(), settings, 1),
                untilGeneration, world(after));
    }

    @Test
    void aTwentyPercentFallOfTheElitesResultsIsDeclaredWithItsNumbersAndTime() {
        OptimiserState s = play(1.2, CHANGE_AT + 1);

        assertThat(s.environmentChanges()).singleElement().satisfies(e -> {
            assertThat(e.generation()).isEqualTo(CHANGE_AT);
            assertThat(e.baseline()).isCloseTo(1.5, within(1e-9));
            assertThat(e.recent()).isCloseTo(1.2, within(1e-9));
            assertThat(e.drop()).isCloseTo(0.2, within(1e-9));
            assertThat(e.declaredAt()).isEqualTo(NOW);
        });
        assertThat(s.eliteBaseline()).as("the baseline starts again at the new level").allSatisfy(
                f -> assertThat(f).isCloseTo(1.2, within(1e-9)));
    }

    @Test
    void aTenPercentFallIsNotAChange() {
        assertThat(play(1.35, CHANGE_AT + 3).environmentChanges()).isEmpty();
    }

    @Test
    void theRecordThatCompletesTheGenerationReturnsTheChange() {
        OptimiserState s = play(1.2, CHANGE_AT);
        Recorded r = null;
        while (s.generation() == CHANGE_AT) {
            Candidate c = s.next();
            r = optimiser.record(s, c.id(), world(1.2).apply(c));
            s = r.state();
        }
        assertThat(r.environmentChange()).hasValueSatisfying(e -> assertThat(e.generation()).isEqualTo(CHANGE_AT));
        assertThat(r.completed()).hasValueSatisfying(g -> assertThat(g.generation()).isEqualTo(CHANGE_AT));
    }

    @Test
    void theNextGenerationsExploreWiderWithFreshRandomCandidates() {
        long fresh = Math.round(settings.freshShare() * (settings.populationSize() - 1));
        assertThat(fresh).isPositive();

        for (int g = 1; g <= CHANGE_AT + 4; g++) {
            OptimiserState s = play(1.2, g);
            long random = s.candidates().stream().filter(c -> c.origin() == Origin.RANDOM).count();
            boolean widened = g > CHANGE_AT && g <= CHANGE_AT + settings.widenedGenerations();
            assertThat(random).as("random candidates in generation " + g).isEqualTo(widened ? fresh : 0);
        }
    }

    @Test
    void withoutEnoughBaselineGamesNothingIsDeclared() {
        OptimiserSettings strict = settings.toBuilder().baselineMinGames(20).baselineWindow(20).build();
        OptimiserState s = Play.untilGeneration(optimiser, optimiser.startFromDefaults(Spaces.strategy(), strict, 1),
                CHANGE_AT + 2, world(0.5));

        assertThat(s.environmentChanges()).isEmpty();
    }
}
