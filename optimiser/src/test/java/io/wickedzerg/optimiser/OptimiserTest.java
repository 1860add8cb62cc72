package io.wickedzerg.optimiser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OptimiserTest {

    private final Optimiser optimiser = new Optimiser(Clock.fixed(Instant.parse("2024-05-01T12:00:00Z"), ZoneOffset.UTC));
    private final ParameterSpace space = Spaces.strategy();

    /** More drones and an earlier attack win sooner: a fitness that differs between every two candidates. */
    private static final Function<Candidate, Outcome> MORE_DRONES_WIN = c -> Outcome.of(Result.VICTORY,
            3000 - 20 * c.genome().value("drone_target") + c.genome().value("attack_supply"));

    private OptimiserState start(int population, int games) {
        return optimiser.startFromDefaults(space,
                OptimiserSettings.builder().populationSize(population).gamesPerCandidate(games).build(), 7);
    }

    @Test
    void aPopulationSeededFromDefaultsStartsWithThemAndMutatedCopiesInsideTheRanges() {
        OptimiserState s = start(10, 2);

        assertThat(s.generation()).isZero();
        assertThat(s.candidates()).extracting(Candidate::id).startsWith("g0-c00", "g0-c01").hasSize(10);
        assertThat(s.candidates().get(0).genome()).isEqualTo(space.defaults());
        assertThat(s.candidates().get(0).origin()).isEqualTo(Origin.DEFAULTS);
        assertThat(s.candidates().subList(1, 10)).allSatisfy(c -> {
            assertThat(c.origin()).isEqualTo(Origin.MUTATED_DEFAULTS);
            assertThat(c.genome()).isNotEqualTo(space.defaults());
            assertInside(c.genome());
        });
    }

    @Test
    void aRandomPopulationSpreadsOverTheWholeSpace() {
        OptimiserState s = optimiser.startRandom(space, OptimiserSettings.builder().populationSize(40).build(), 3);

        assertThat(s.candidates()).allSatisfy(c -> {
            assertThat(c.origin()).isEqualTo(Origin.RANDOM);
            assertInside(c.genome());
        });
        List<Double> drones = s.candidates().stream().map(c -> c.genome().value("drone_target")).toList();
        assertThat(drones.stream().mapToDouble(Double::doubleValue).min().orElseThrow()).isLessThan(35);
        assertThat(drones.stream().mapToDouble(Double::doubleValue).max().orElseThrow()).isGreaterThan(60);
        assertThat(s.candidates().stream().map(c -> c.genome().buildOrder()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(Spaces.BUILD_ORDERS);
    }

    @Test
    void nextIsTheCandidateWithTheFewestGamesTiesGoingToTheLowestId() {
        OptimiserState s = start(3, 2);
        assertThat(s.next().id()).isEqualTo("g0-c00");

        s = optimiser.record(s, "g0-c01", Outcomes.victoryScoring(1.5)).state();
        assertThat(s.next().id()).as("c00 and c02 have none; c00 is lower").isEqualTo("g0-c00");
        s = optimiser.record(s, "g0-c00", Outcomes.victoryScoring(1.5)).state();
        assertThat(s.next().id()).isEqualTo("g0-c02");
        s = optimiser.record(s, "g0-c02", Outcomes.victoryScoring(1.5)).state();
        assertThat(s.next().id()).as("all have one game").isEqualTo("g0-c00");
    }

    @Test
    void theBestIsTheDefaultsUntilACandidateIsScoredThenTheTopOfTheLatestRanking() {
        OptimiserState s = start(3, 2);
        assertThat(s.best().id()).isEqualTo(Best.DEFAULTS_ID);
        assertThat(s.best().genome()).isEqualTo(space.defaults());
        assertThat(s.best().fitness()).isEmpty();

        s = optimiser.record(s, "g0-c02", Outcomes.victoryScoring(1.8)).state();
        assertThat(s.best().id()).as("one game of two: not scored yet").isEqualTo(Best.DEFAULTS_ID);
        s = optimiser.record(s, "g0-c02", Outcomes.victoryScoring(1.6)).state();
        assertThat(s.best().id()).isEqualTo("g0-c02");
        assertThat(s.best().fitness().orElseThrow()).isCloseTo(1.7, within(1e-9));

        s = optimiser.record(s, "g0-c00", Outcomes.victoryScoring(1.9)).state();
        s = optimiser.record(s, "g0-c00", Outcomes.victoryScoring(1.9)).state();
        s = optimiser.record(s, "g0-c01", Outcomes.defeatScoring(0.5)).state();
        s = optimiser.record(s, "g0-c01", Outcomes.defeatScoring(0.5)).state();

        assertThat(s.generation()).isEqualTo(1);
        assertThat(s.best().id()).isEqualTo("g0-c00");
        assertThat(s.best().genome()).isEqualTo(s.previousRanking().get(0).genome());
        // a generation-1 candidate scoring higher does not count until generation 1 is ranked
        String child = s.candidates().get(1).id();
        s = optimiser.record(s, child, Outcomes.victoryScoring(1.9)).state();
        s = optimiser.record(s, child, Outcomes.victoryScoring(1.9)).state();
        assertThat(s.best().id()).isEqualTo("g0-c00");
    }

    @Test
    void aCompletedGenerationIsRankedIntoTiersAndSummarised() {
        OptimiserState s = Play.untilGeneration(optimiser, start(23, 2), 1, MORE_DRONES_WIN);

        List<RankedCandidate> ranking = s.previousRanking();
        assertThat(ranking).hasSize(23);
        assertThat(ranking.stream().collect(Collectors.groupingBy(RankedCandidate::tier, Collectors.counting())))
                .isEqualTo(Map.of(Tier.ELITE, 2L, Tier.SIGNIFICANT, 9L, Tier.DEPRECATED, 12L));
        assertThat(ranking).extracting(RankedCandidate::fitness).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(ranking).extracting(RankedCandidate::rank).containsExactlyElementsOf(
                java.util.stream.IntStream.range(0, 23).boxed().toList());
        double topDrones = ranking.get(0).genome().value("drone_target");
        assertThat(ranking).allSatisfy(r -> assertThat(r.genome().value("drone_target")).isLessThanOrEqualTo(topDrones));

        GenerationSummary g0 = s.history().get(0);
        assertThat(g0.generation()).isZero();
        assertThat(g0.games()).isEqualTo(46);
        assertThat(g0.wins()).isEqualTo(46);
        assertThat(g0.bestCandidate()).isEqualTo(ranking.get(0).id());
        assertThat(g0.bestFitness()).isEqualTo(ranking.get(0).fitness());
        assertThat(g0.meanFitness()).isCloseTo(ranking.stream().mapToDouble(RankedCandidate::fitness).average()
                .orElseThrow(), within(1e-9));
    }

    @Test
    void theEliteIsCarriedIntoTheNextGenerationUnchangedWithItsGamesAsEarlierFitness() {
        OptimiserState s = Play.untilGeneration(optimiser, start(23, 2), 1, MORE_DRONES_WIN);

        List<RankedCandidate> elite = s.previousRanking().stream().filter(r -> r.tier() == Tier.ELITE).toList();
        assertThat(elite).hasSize(2);
        for (int i = 0; i < elite.size(); i++) {
            Candidate carried = s.candidates().get(i);
            assertThat(carried.id()).isEqualTo(CandidateIds.of(1, i));
            assertThat(carried.origin()).isEqualTo(Origin.ELITE);
            assertThat(carried.genome()).isEqualTo(elite.get(i).genome());
            assertThat(carried.parents()).containsExactly(elite.get(i).id());
            double f = Fitness.of(MORE_DRONES_WIN.apply(carried));
            assertThat(carried.earlierFitness()).containsExactly(f, f);
            assertThat(carried.games()).isEmpty();
        }
        assertThat(s.candidates().subList(2, 23)).allSatisfy(c -> assertThat(c.origin()).isEqualTo(Origin.CHILD));
    }

    @Test
    void anEliteIsRankedByItsEarlierGamesTooButItsGenerationCountsOnlyItsNewOnes() {
        Candidate elite = new Candidate("g1-c00", space.defaults(), Origin.ELITE, List.of("g0-c03"), List.of(1.8, 1.8),
                List.of(Evaluation.of(Outcomes.victoryScoring(1.2))));

        assertThat(elite.rankingFitness()).isCloseTo(1.6, within(1e-9));
        assertThat(elite.meanFitness()).isCloseTo(1.2, within(1e-9));
        assertThat(elite.gamesPlayed()).isEqualTo(1);
    }

    @Test
    void childrenComeFromEliteAndSignificantParentsAndStayInsideTheirRanges() {
        // wild mutation: every gene, half a range at a time, so the clamps and the rounding are hit
        OptimiserSettings wild = OptimiserSettings.builder().populationSize(20).gamesPerCandidate(1)
                .mutationProbability(1).mutationSigma(0.5).buildOrderMutationProbability(0.5).build();
        OptimiserState s = optimiser.startFromDefaults(space, wild, 11);
        for (int g = 1; g <= 8; g++) {
            s = Play.untilGeneration(optimiser, s, g, MORE_DRONES_WIN);
            Set<String> parents = s.previousRanking().stream().filter(r -> r.tier() != Tier.DEPRECATED)
                    .map(RankedCandidate::id).collect(Collectors.toSet());
            List<Candidate> children = s.candidates().stream().filter(c -> c.origin() == Origin.CHILD).toList();
            assertThat(children).hasSize(18);
            assertThat(children).allSatisfy(c -> {
                assertThat(parents).containsAll(c.parents());
                assertInside(c.genome());
            });
        }
    }

    @Test
    void resultsForUnknownStaleOrAlreadyScoredCandidatesAreCountedAndChangeNothingElse() {
        OptimiserState s = start(2, 1);
        Recorded unknown = optimiser.record(s, "local-7", Outcomes.victoryScoring(1.5));
        assertThat(unknown.status()).isEqualTo(RecordStatus.UNKNOWN_CANDIDATE);
        assertThat(optimiser.record(s, "g4-c00", Outcomes.victoryScoring(1.5)).status())
                .as("a later generation's id is not stale").isEqualTo(RecordStatus.UNKNOWN_CANDIDATE);
        assertThat(unknown.state().candidates()).isEqualTo(s.candidates());
        assertThat(unknown.state().ignored()).isEqualTo(new IgnoredResults(1, 0, 0));

        s = optimiser.record(unknown.state(), "g0-c00", Outcomes.victoryScoring(1.5)).state();
        Recorded surplus = optimiser.record(s, "g0-c00", Outcomes.victoryScoring(1.9));
        assertThat(surplus.status()).isEqualTo(RecordStatus.ALREADY_SCORED);
        assertThat(surplus.state().candidate("g0-c00").orElseThrow().games()).hasSize(1);

        Recorded last = optimiser.record(surplus.state(), "g0-c01", Outcomes.victoryScoring(1.5));
        assertThat(last.completed()).hasValueSatisfying(g -> assertThat(g.generation()).isZero());
        Recorded stale = optimiser.record(last.state(), "g0-c01", Outcomes.victoryScoring(1.5));
        assertThat(stale.status()).isEqualTo(RecordStatus.STALE_CANDIDATE);
        assertThat(stale.state().ignored()).isEqualTo(new IgnoredResults(1, 1, 1));
        assertThat(stale.state().ignored().total()).isEqualTo(3);
        assertThat(stale.completed()).isEmpty();
    }

    @Test
    void theGenerationAdvancesOnlyWhenEveryCandidateHasItsGames() {
        OptimiserState s = Play.games(optimiser, start(5, 3), 14, MORE_DRONES_WIN);
        assertThat(s.generation()).isZero();
        assertThat(s.candidates()).filteredOn(c -> s.scored(c)).hasSize(4);

        Candidate last = s.next();
        Recorded r = optimiser.record(s, last.id(), MORE_DRONES_WIN.apply(last));

        assertThat(r.completed()).isPresent();
        assertThat(r.state().generation()).isEqualTo(1);
        assertThat(r.state().candidates()).hasSize(5).allSatisfy(c -> assertThat(c.games()).isEmpty());
        assertThat(r.state().history()).hasSize(1);
    }

    private void assertInside(Genome genome) {
        for (ParameterSpec p : space.parameters()) {
            double v = genome.value(p.key());
            assertThat(v).as(p.key()).isBetween(p.min(), p.max());
            if (p.integer()) {
                assertThat(v).as(p.key() + " is whole").isEqualTo(Math.rint(v));
            }
        }
        assertThat(space.buildOrders()).contains(genome.buildOrder());
    }
}
