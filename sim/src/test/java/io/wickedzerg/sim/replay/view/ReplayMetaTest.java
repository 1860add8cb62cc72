package io.wickedzerg.sim.replay.view;

import io.wickedzerg.sim.data.Race;
import io.wickedzerg.sim.engine.Game;
import io.wickedzerg.sim.engine.TestGames;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReplayMetaTest {

    @Test
    void namesThePlayersAndTheComputersLevelAndGivesResultsOnceTheGameIsOver() {
        Game game = TestGames.zergAgainstIdleTerran();
        game.step(30);

        ReplayMeta running = ReplayMeta.of(game);
        assertThat(running.mapName()).isEqualTo(game.setup().map().name());
        assertThat(running.seed()).isEqualTo(3);
        assertThat(running.finalLoop()).isEqualTo(30);
        assertThat(running.players()).containsExactly(
                new ReplayMeta.Player(1, "player", Race.ZERG, "Undecided"),
                new ReplayMeta.Player(2, "computer (VeryEasy computer)", Race.TERRAN, "Undecided"));

        game.surrender(2);
        assertThat(ReplayMeta.of(game).players()).extracting(ReplayMeta.Player::result)
                .containsExactly("Victory", "Defeat");
    }
}
