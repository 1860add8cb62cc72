package io.wickedzerg.sim.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import SC2APIProtocol.Common;
import SC2APIProtocol.Raw;
import io.wickedzerg.sim.data.Sc2Fixtures;
import org.junit.jupiter.api.Test;

/** Our grids against a real map's game_info: same ImageData layout, same bit order, same height encoding. */
class GridFormatTest {
    private static final String REAL_MAP = "AbyssalReefLE";

    @Test
    void builtInGridsHaveTheByteLayoutOfARealGameInfo() {
        Raw.StartRaw real = Sc2Fixtures.gameInfo(REAL_MAP).getGameInfo().getStartRaw();
        assertThat(real.getPathingGrid().getBitsPerPixel()).isEqualTo(1);
        assertThat(real.getPlacementGrid().getBitsPerPixel()).isEqualTo(1);
        assertThat(real.getTerrainHeight().getBitsPerPixel()).isEqualTo(8);
        int realW = real.getMapSize().getX();
        int realH = real.getMapSize().getY();
        assertThat(real.getPathingGrid().getData().size()).isEqualTo(realW * realH / 8);
        assertThat(real.getTerrainHeight().getData().size()).isEqualTo(realW * realH);

        for (GameMap map : BuiltInMaps.standard().all()) {
            assertThat(map.pathing().toImageBytes()).hasSize(map.width() * map.height() / 8);
            assertThat(map.placement().toImageBytes()).hasSize(map.width() * map.height() / 8);
            assertThat(map.terrainHeight().toImageBytes()).hasSize(map.width() * map.height());
        }
    }

    @Test
    void readsARealGridWithTheRealBitOrder() {
        Raw.StartRaw real = Sc2Fixtures.gameInfo(REAL_MAP).getGameInfo().getStartRaw();
        int w = real.getMapSize().getX();
        int h = real.getMapSize().getY();
        byte[] bytes = real.getPlacementGrid().getData().toByteArray();
        Grid placement = Grid.fromImageBytes(w, h, bytes);
        assertThat(placement.toImageBytes()).isEqualTo(bytes);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int index = y * w + x;
                boolean bit = ((bytes[index / 8] >> (7 - index % 8)) & 1) == 1;
                assertThat(placement.get(x, y)).isEqualTo(bit);
            }
        }
        // The enemy start location is a buildable townhall spot; the map corner is not.
        Common.Point2D enemyStart = real.getStartLocations(0);
        Point2 start = new Point2(enemyStart.getX(), enemyStart.getY());
        assertThat(placement.allSet((int) (start.x() - 2.5), (int) (start.y() - 2.5), 5, 5)).isTrue();
        assertThat(placement.get(0, 0)).isFalse();
    }

    @Test
    void ourHeightLevelsAreThoseOfARealMapsMainAndNatural() {
        Raw.StartRaw real = Sc2Fixtures.gameInfo(REAL_MAP).getGameInfo().getStartRaw();
        HeightGrid realHeights = HeightGrid.fromImageBytes(real.getMapSize().getX(), real.getMapSize().getY(),
                real.getTerrainHeight().getData().toByteArray());
        Common.Point2D enemyStart = real.getStartLocations(0);
        int realMain = realHeights.valueAt((int) enemyStart.getX(), (int) enemyStart.getY());

        GameMap ours = BuiltInMaps.standard().defaultMap();
        Point2 ourStart = ours.startLocations().get(0);
        assertThat(ours.terrainHeight().valueAt(ourStart.cellX(), ourStart.cellY())).isEqualTo(realMain);
        assertThat(HeightGrid.byteToWorld(realMain)).isBetween(11.9, 12.0);
    }

    @Test
    void gridBuilderSetsTheBitsAGameInfoReaderExpects() {
        Grid grid = Grid.builder(16, 2).set(0, 0, true).set(9, 0, true).set(15, 1, true).build();
        assertThat(grid.toImageBytes()).containsExactly(0x80, 0x40, 0x00, 0x01);
        assertThat(grid.countSet()).isEqualTo(3);
        assertThat(grid.get(9, 0)).isTrue();
        assertThat(grid.get(-1, 0)).isFalse();
        assertThatThrownBy(() -> Grid.fromImageBytes(16, 2, new byte[3])).isInstanceOf(IllegalArgumentException.class);
    }
}
