package io.wickedzerg.sim.ai;

import static org.assertj.core.api.Assertions.assertThat;

import io.wickedzerg.sim.data.Race;
import io.wickedzerg.sim.data.Sc2Fixtures;
import io.wickedzerg.sim.data.UnitCatalog;
import io.wickedzerg.sim.engine.Difficulty;
import io.wickedzerg.sim.engine.Game;
import io.wickedzerg.sim.engine.GameSetup;
import io.wickedzerg.sim.engine.PlayerReport;
import io.wickedzerg.sim.engine.PlayerSlot;
import io.wickedzerg.sim.map.GameMap;
import io.wickedzerg.sim.map.recorded.RecordedMapFiles;
import io.wickedzerg.sim.map.recorded.RecordedMapReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole games on recorded ladder maps: the built-in AI expands to the bases found from the map's resources and
 * walks its army around rocks to the enemy, until one side wins.
 */
class RecordedMapGamesTest {
    private static final int LOOPS_PER_MINUTE = 1344;

    @ParameterizedTest(name = "{0}: {1} against {2}")
    @CsvSource({"KairosJunctionLE, ZERG, TERRAN", "AbyssalReefLE, PROTOSS, ZERG"})
    void theBuiltInAiWinsAGameOnARecordedMap(String mapName, Race winnerRace, Race loserRace) {
        GameMap map = new RecordedMapReader(UnitCatalog.standard())
                .read(RecordedMapFiles.of(Sc2Fixtures.folder().resolve(mapName)));
        Game game = new Game(GameSetup.builder(map)
                .player(new PlayerSlot(1, winnerRace, true, Difficulty.VERY_HARD, "strong"))
                .player(new PlayerSlot(2, loserRace, true, Difficulty.VERY_EASY, "weak"))
                .computers(new BuiltInAiFactory())
                .seed(5)
                .loopLimit(30L * LOOPS_PER_MINUTE)
                .build());
        while (!game.isOver()) {
            game.step(LOOPS_PER_MINUTE);
        }
        assertThat(game.outcomes().get(1)).as("after %.1f game minutes", game.gameLoop() / (double) LOOPS_PER_MINUTE)
                .isEqualTo(PlayerReport.Outcome.VICTORY);
        assertThat(game.outcomes().get(2)).isEqualTo(PlayerReport.Outcome.DEFEAT);
    }
}
