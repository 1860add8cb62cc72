package io.wickedzerg.sim.engine;

import io.wickedzerg.sim.data.Race;
import io.wickedzerg.sim.map.BuiltInMaps;

/** Games for tests that drive the engine directly. */
public final class TestGames {
    private TestGames() {
    }

    /** Player 1 Zerg (commanded by the test) against a Terran computer that does nothing, on the default map. */
    public static Game zergAgainstIdleTerran() {
        return new Game(GameSetup.builder(BuiltInMaps.standard().defaultMap())
                .player(new PlayerSlot(1, Race.ZERG, false, null, "player"))
                .player(new PlayerSlot(2, Race.TERRAN, true, Difficulty.VERY_EASY, "computer"))
                .computers(spec -> (view, commands) -> { })
                .seed(3)
                .build());
    }
}
