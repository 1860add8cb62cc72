package io.wickedzerg.app.learn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LearnProgressTest {

    @Test
    void durationsReadAsPeopleSayThem() {
        assertThat(LearnProgress.duration(42)).isEqualTo("42 s");
        assertThat(LearnProgress.duration(41 * 60 + 10)).isEqualTo("41 min");
        assertThat(LearnProgress.duration(3 * 3600 + 5 * 60)).isEqualTo("3 h 05 min");
    }

    @Test
    void aResumedRunsTimeLeftIsAtThisSessionsPaceForTheGamesStillToPlay() {
        long[] now = {0};
        LearnProgress progress = new LearnProgress(new java.io.PrintWriter(new java.io.StringWriter()), () -> now[0],
                100, 60);
        GameRecord game = LearnFixtures.play(LearnTask.evaluation("best", 0, LearnFixtures.space().defaults(),
                new GameCondition(1, "Zerg", "Creep Ridge")));

        now[0] = 50_000_000_000L;
        progress.game(game, "evaluation", "");
        now[0] = 100_000_000_000L;
        progress.game(game, "evaluation", "");

        // two games in 100 s this session: 50 s a game for the 38 left; the 60 of earlier sessions do not count
        assertThat(progress.eta()).isEqualTo("ETA 32 min");
    }
}
