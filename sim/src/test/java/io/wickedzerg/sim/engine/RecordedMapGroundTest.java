package io.wickedzerg.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.wickedzerg.sim.data.Race;
import io.wickedzerg.sim.data.ResourceKind;
import io.wickedzerg.sim.data.Sc2Fixtures;
import io.wickedzerg.sim.data.UnitCatalog;
import io.wickedzerg.sim.data.UnitTypeIds;
import io.wickedzerg.sim.engine.command.CommandResult;
import io.wickedzerg.sim.map.BaseLocation;
import io.wickedzerg.sim.map.BaseRole;
import io.wickedzerg.sim.map.GameMap;
import io.wickedzerg.sim.map.NeutralSpot;
import io.wickedzerg.sim.map.Point2;
import io.wickedzerg.sim.map.recorded.RecordedMapFiles;
import io.wickedzerg.sim.map.recorded.RecordedMapReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The engine on a recorded map, whose grids leave resources pathable and placeable and mark only some rock
 * cells: resources and rocks still block walking and building, and a rock's cells open when it dies.
 */
class RecordedMapGroundTest {
    private static Game game(String map) {
        GameMap recorded = new RecordedMapReader(UnitCatalog.standard())
                .read(RecordedMapFiles.of(Sc2Fixtures.folder().resolve(map)));
        return new Game(GameSetup.builder(recorded)
                .player(new PlayerSlot(1, Race.TERRAN, false, null, "player"))
                .player(new PlayerSlot(2, Race.ZERG, true, Difficulty.VERY_EASY, "computer"))
                .computers(spec -> (view, commands) -> { })
                .build());
    }

    @Test
    void mineralFieldsAndGeysersCannotBeWalkedOrBuiltOnThoughTheRecordedGridsAllowIt() {
        Game game = game("AbyssalReefLE");
        GameMap map = game.setup().map();
        SimUnit field = game.units.values().stream().filter(u -> u.facts.resource() == ResourceKind.MINERALS)
                .filter(u -> map.pathing().get(Placement.x0(u.facts, u.x), Placement.y0(u.facts, u.y))).findFirst().orElseThrow();
        int x = Placement.x0(field.facts, field.x);
        int y = Placement.y0(field.facts, field.y);
        assertThat(map.placement().get(x, y)).as("the recording's placement grid").isTrue();
        assertThat(game.ground.walkable(x, y)).isFalse();
        assertThat(game.checkPlacement(1, UnitTypeIds.SUPPLY_DEPOT, Point2.of(x + 1, y + 1)))
                .isEqualTo(CommandResult.CantBuildLocationInvalid);
    }

    @Test
    void aRockBlocksUntilItDiesAndThenItsCellsAreOpen() {
        Game game = game("AbyssalReefLE");
        SimUnit rock = game.units.values().stream().filter(u -> u.facts.id() == 638).findFirst().orElseThrow();
        NeutralSpot spot = game.setup().map().neutrals().stream()
                .filter(n -> n.unitType() == 638 && n.position().equals(rock.position())).findFirst().orElseThrow();
        NeutralSpot.Cell marked = spot.recordedCells().get(0);
        assertThat(game.pathingGrid().get(marked.x(), marked.y())).isFalse();
        assertThat(spot.blocked()).allMatch(c -> !game.ground.walkable(c.x(), c.y()));
        assertThat(rock.facts.radius()).isEqualTo(2.25f);

        game.debug().killUnits(List.of(rock.tag));

        assertThat(game.pathingGrid().get(marked.x(), marked.y())).isTrue();
        assertThat(spot.recordedCells()).allMatch(c -> game.ground.walkable(c.x(), c.y()));
    }

    @Test
    void everyBaseButTheMainsTakesATownhallAtLoopZero() {
        for (String map : List.of("AbyssalReefLE", "AcidPlantLE", "AutomatonLE", "CyberForestLE", "KairosJunctionLE", "KingsCoveLE")) {
            Game game = game(map);
            for (BaseLocation base : game.setup().map().bases()) {
                if (base.role() != BaseRole.MAIN) {
                    assertThat(game.checkPlacement(1, UnitTypeIds.COMMAND_CENTER, base.townhall()))
                            .as("%s %s of side %d at %s", map, base.role(), base.side(), base.townhall())
                            .isEqualTo(CommandResult.Success);
                }
            }
        }
    }
}
