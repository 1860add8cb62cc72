package io.wickedzerg.sim.engine;

import io.wickedzerg.sim.data.Race;
import io.wickedzerg.sim.map.BuiltInMaps;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GameSetupTest {

    @Test
    void aComputerSeatWithoutAFactoryToMakeItFailsNamingWhatIsMissing() {
        GameSetup setup = GameSetup.builder(BuiltInMaps.standard().defaultMap())
                .player(new PlayerSlot(1, Race.ZERG, false, null, "player"))
                .player(new PlayerSlot(2, Race.TERRAN, true, Difficulty.EASY, "computer"))
                .build();

        // the engine brings no opponent of its own: whoever sets up the game injects one
        assertThatThrownBy(() -> new Game(setup)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("player 2 is a computer").hasMessageContaining("ComputerPlayerFactory");
    }
}
