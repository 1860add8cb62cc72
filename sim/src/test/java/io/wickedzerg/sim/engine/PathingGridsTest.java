package io.wickedzerg.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.wickedzerg.sim.data.UnitTypeIds;
import io.wickedzerg.sim.map.Grid;
import io.wickedzerg.sim.map.Point2;
import java.util.List;
import org.junit.jupiter.api.Test;

/** game_info's pathing grid as the game sends it: the players' structures block it, and leave it when they die. */
class PathingGridsTest {
    /** Battlefield's game: player 2 Zerg with its start hatchery. */
    private static final int ZERG = 2;

    private final Battlefield field = new Battlefield();
    private final Game game = field.game;

    private static boolean pathable(Grid grid, Point2 at) {
        return grid.get((int) Math.floor(at.x()), (int) Math.floor(at.y()));
    }

    @Test
    void aStructureBlocksItsCellsUntilItDies() {
        Point2 site = field.at(0, 0);
        assertThat(pathable(game.pathingGrid(), site)).as("open ground").isTrue();
        Point2 start = game.view(ZERG).startLocation();
        assertThat(pathable(game.setup().map().pathing(), start)).as("the map's grid at the start location").isTrue();
        assertThat(pathable(game.pathingGrid(), start)).as("the start townhall blocks it").isFalse();

        long pool = game.spawnFinished(ZERG, UnitTypeIds.SPAWNING_POOL, site);
        Grid built = game.pathingGrid();
        assertThat(pathable(built, site)).as("under the pool").isFalse();
        assertThat(pathable(built, field.at(3, 0))).as("beside its 3x3 footprint").isTrue();

        game.debug().killUnits(List.of(pool));
        assertThat(pathable(game.pathingGrid(), site)).as("after it died").isTrue();
    }

    @Test
    void unitsAndResourcesDoNotBlockIt() {
        Grid before = game.pathingGrid();
        game.spawnFinished(ZERG, UnitTypeIds.ZERGLING, field.at(0, 0));
        game.spawnFinished(ZERG, UnitTypeIds.OVERLORD, field.at(4, 0));
        assertThat(game.pathingGrid()).isEqualTo(before);
    }
}
