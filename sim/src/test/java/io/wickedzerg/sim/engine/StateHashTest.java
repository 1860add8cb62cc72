package io.wickedzerg.sim.engine;

import io.wickedzerg.sim.data.UnitTypeIds;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The state hash tells two games apart by any simulated detail, and two equal games not. */
class StateHashTest {

    @Test
    void twoGamesOfOneSetupHashTheSameLoopByLoop() {
        Game a = TestGames.zergAgainstIdleTerran();
        Game b = TestGames.zergAgainstIdleTerran();
        for (int i = 0; i < 200; i++) {
            assertThat(a.stateHash()).as("loop " + a.gameLoop()).isEqualTo(b.stateHash());
            a.step(1);
            b.step(1);
        }
    }

    @Test
    void theHashChangesWithTheLoopTheBankAndTheLastBitOfAUnit() {
        Game game = TestGames.zergAgainstIdleTerran();
        long start = game.stateHash();
        SimUnit drone = game.units.values().stream().filter(u -> u.facts.id() == UnitTypeIds.DRONE).findFirst().orElseThrow();

        drone.x = Math.nextUp(drone.x);
        long moved = game.stateHash();
        drone.x = Math.nextDown(drone.x);
        assertThat(game.stateHash()).isEqualTo(start);
        game.player(1).minerals++;
        long richer = game.stateHash();
        game.player(1).minerals--;
        drone.health = Math.nextDown(drone.health);
        long hurt = game.stateHash();
        drone.health = Math.nextUp(drone.health);
        game.step(1);

        assertThat(java.util.List.of(moved, richer, hurt, game.stateHash())).doesNotContain(start).doesNotHaveDuplicates();
    }

    @Test
    void readingTheHashChangesNothing() {
        Game read = TestGames.zergAgainstIdleTerran();
        Game unread = TestGames.zergAgainstIdleTerran();
        read.onLoop(Game::stateHash);
        read.step(300);
        unread.step(300);

        assertThat(read.stateHash()).isEqualTo(unread.stateHash());
    }
}
