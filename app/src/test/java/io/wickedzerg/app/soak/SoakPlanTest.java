package io.wickedzerg.app.soak;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SoakPlanTest {

    private final SoakPlan plan = new SoakPlan(SoakCommand.RACES, SoakCommand.MAPS, SoakCommand.DIFFICULTIES);

    @Test
    void sixtyThreeGamesPlayEveryRaceOnEveryMapAtEveryDifficulty() {
        List<SoakGame> games = plan.games(63, 100);

        Set<String> combinations = games.stream().map(g -> g.race() + "/" + g.map() + "/" + g.difficulty())
                .collect(Collectors.toSet());
        assertThat(combinations).hasSize(63);
        assertThat(games).extracting(SoakGame::seed).startsWith(100L, 101L).endsWith(162L);
    }

    @Test
    void everyOtherGameIsHybridSoBothModesMeetEveryRace() {
        List<SoakGame> games = plan.games(12, 1);

        assertThat(games.stream().filter(SoakGame::hybrid).count()).isEqualTo(6);
        assertThat(games.stream().filter(SoakGame::hybrid).map(SoakGame::race).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(SoakCommand.RACES);
    }
}
