package io.wickedzerg.app.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LearnPlanTest {

    private final LearnPlan plan = new LearnPlan(3, 2, 10, LearnFixtures.RACES, LearnFixtures.MAPS);

    @Test
    void theSameSeedGivesTheSameGamesSoAResumedRunPlaysWhatItWouldHave() {
        LearnPlan again = new LearnPlan(3, 2, 10, LearnFixtures.RACES, LearnFixtures.MAPS);

        assertThat(again.training(4)).isEqualTo(plan.training(4));
        assertThat(again.evaluation()).isEqualTo(plan.evaluation());
        assertThat(new LearnPlan(4, 2, 10, LearnFixtures.RACES, LearnFixtures.MAPS).evaluation())
                .extracting(GameCondition::seed).doesNotContainAnyElementsOf(plan.evaluation().stream()
                        .map(GameCondition::seed).toList());
    }

    @Test
    void theEvaluationsSeedsAreNoneThatTrainingUsed() {
        LearnPlan big = new LearnPlan(3, 999, 99_999, LearnFixtures.RACES, LearnFixtures.MAPS);
        Set<Long> training = new HashSet<>();
        for (int g = 0; g < 900; g += 7) {
            big.training(g).forEach(c -> training.add(c.seed()));
        }
        big.training(899).forEach(c -> training.add(c.seed()));

        Set<Long> evaluation = big.evaluation().stream().map(GameCondition::seed).collect(Collectors.toSet());

        assertThat(evaluation).hasSize(99_999);
        // a set's own retainAll: AssertJ's element-by-element check would take minutes over these sizes
        Set<Long> both = new HashSet<>(evaluation);
        both.retainAll(training);
        assertThat(both).isEmpty();
        assertThat(training).contains(3_000_001L, 3_899_999L);
    }

    @Test
    void generationsGetSeedsOfTheirOwn() {
        Set<Long> seeds = IntStream.range(0, 50).boxed().flatMap(g -> plan.training(g).stream())
                .map(GameCondition::seed).collect(Collectors.toSet());

        assertThat(seeds).hasSize(100);
    }

    @Test
    void mapsTakeTurnsAndRacesAreDrawnAtRandom() {
        List<GameCondition> games = IntStream.range(0, 30).boxed().flatMap(g -> plan.training(g).stream()).toList();

        assertThat(games.stream().collect(Collectors.groupingBy(GameCondition::map, Collectors.counting())))
                .containsOnlyKeys(LearnFixtures.MAPS).allSatisfy((map, n) -> assertThat(n).isEqualTo(20));
        assertThat(games).extracting(GameCondition::race).containsAll(LearnFixtures.RACES);
        // not the maps' regular turns: 60 games in a fixed cycle of races would have exactly 20 each
        assertThat(games.stream().collect(Collectors.groupingBy(GameCondition::race, Collectors.counting())).values())
                .isNotEqualTo(List.of(20L, 20L, 20L));
    }

    @Test
    void aGenerationHasAConditionForEachOfACandidatesGames() {
        assertThat(plan.training(0)).hasSize(2);
        assertThat(plan.evaluation()).hasSize(10);
    }
}
