package io.wickedzerg.sim.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.wickedzerg.sim.data.UnitTypeIds;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BuiltInMapsTest {
    private static final BuiltInMaps MAPS = BuiltInMaps.standard();

    static Stream<GameMap> maps() {
        return MAPS.all().stream();
    }

    @Test
    void shipsThreeTwoPlayerMapsOfDifferentSizes() {
        assertThat(MAPS.names()).containsExactly("Wicked Cove", "Creep Ridge", "Hive Expanse");
        assertThat(MAPS.all()).extracting(m -> m.width() * m.height()).isSorted().doesNotHaveDuplicates();
        assertThat(MAPS.all()).allSatisfy(m -> assertThat(m.startLocations()).hasSize(2));
        assertThat(MAPS.defaultMap().name()).isEqualTo("Wicked Cove");
    }

    @Test
    void findsMapsByNameIgnoringCaseSpacesAndFileSuffix() {
        assertThat(MAPS.byName("wicked cove")).map(GameMap::name).contains("Wicked Cove");
        assertThat(MAPS.byName("CREEPRIDGE")).map(GameMap::name).contains("Creep Ridge");
        assertThat(MAPS.byName("maps/HiveExpanse.SC2Map")).map(GameMap::name).contains("Hive Expanse");
        assertThat(MAPS.byName("Abyssal Reef LE")).isEmpty();
        assertThat(MAPS.defaultMap().fileName()).isEqualTo("WickedCove.SC2Map");
    }

    @Test
    void generationIsDeterministic() {
        GameMap again = MapGenerator.generate(StandardLayouts.creepRidge());
        GameMap shipped = MAPS.byName("Creep Ridge").orElseThrow();
        assertThat(again).isEqualTo(shipped);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("maps")
    void eachSideHasAMainNaturalAndThirdAndStartsInItsMain(GameMap map) {
        for (int side = 0; side < 2; side++) {
            assertThat(map.basesOf(side)).extracting(BaseLocation::role)
                    .containsExactly(BaseRole.MAIN, BaseRole.NATURAL, BaseRole.THIRD);
            assertThat(map.base(side, BaseRole.MAIN).townhall()).isEqualTo(map.startLocations().get(side));
        }
        Point2 main = map.startLocations().get(0);
        assertThat(map.base(0, BaseRole.NATURAL).townhall().distanceTo(main))
                .isLessThan(map.base(0, BaseRole.THIRD).townhall().distanceTo(main) + 10);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("maps")
    void startLocationsAndEveryBaseAreConnectedOnTheGround(GameMap map) {
        Point2 start = map.startLocations().get(0);
        assertThat(Reachability.connected(map.pathing(), start, map.startLocations().get(1))).isTrue();
        for (BaseLocation base : map.bases()) {
            assertThat(Reachability.connected(map.pathing(), start, base.townhall())).as("%s %s", base.role(), base.side()).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("maps")
    void townhallSpotsArePlaceableAndClearOfResources(GameMap map) {
        for (BaseLocation base : map.bases()) {
            Point2 hall = base.townhall();
            assertThat(hall.x() % 1).as("townhall centre on a cell centre").isEqualTo(0.5f);
            assertThat(hall.y() % 1).isEqualTo(0.5f);
            assertThat(map.placement().allSet((int) (hall.x() - 2.5), (int) (hall.y() - 2.5), 5, 5))
                    .as("%s of side %d placeable", base.role(), base.side()).isTrue();
            List<double[]> boxes = new ArrayList<>();
            base.minerals().forEach(m -> boxes.add(ResourceLayout.rect(m.position(), 2, 1)));
            base.geysers().forEach(g -> boxes.add(ResourceLayout.rect(g.position(), 3, 3)));
            for (double[] box : boxes) {
                assertThat(ResourceLayout.gapToTownhall(hall, box)).as("gap to townhall").isGreaterThanOrEqualTo(3);
            }
            for (int i = 0; i < boxes.size(); i++) {
                for (int j = i + 1; j < boxes.size(); j++) {
                    assertThat(ResourceLayout.gap(boxes.get(i), boxes.get(j))).as("resources overlap").isGreaterThanOrEqualTo(0);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("maps")
    void mineralLinesAreLikeTheRealGame(GameMap map) {
        for (BaseLocation base : map.bases()) {
            assertThat(base.minerals()).hasSize(8);
            assertThat(base.minerals()).filteredOn(m -> m.unitType() == UnitTypeIds.MINERAL_FIELD)
                    .hasSize(4).allSatisfy(m -> assertThat(m.amount()).isEqualTo(1800));
            assertThat(base.minerals()).filteredOn(m -> m.unitType() == UnitTypeIds.MINERAL_FIELD_750)
                    .hasSize(4).allSatisfy(m -> assertThat(m.amount()).isEqualTo(900));
            assertThat(base.geysers()).hasSize(2).allSatisfy(g -> {
                assertThat(g.amount()).isEqualTo(2250);
                assertThat(g.unitType()).isEqualTo(UnitTypeIds.VESPENE_GEYSER);
                double dx = Math.abs(g.position().x() - base.townhall().x());
                double dy = Math.abs(g.position().y() - base.townhall().y());
                assertThat(Math.max(dx, dy)).as("geyser seven cells out along its main axis").isEqualTo(7.0);
            });
            assertThat(base.minerals()).allSatisfy(m -> {
                assertThat(m.position().distanceTo(base.townhall())).isBetween(5.5, 8.5);
                assertThat(m.position().x() % 1).as("2x1 field centred on a cell corner in x").isEqualTo(0.0f);
                assertThat(m.position().y() % 1).isEqualTo(0.5f);
            });
            assertThat(base.totalMinerals()).isEqualTo(10_800);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("maps")
    void resourcesAreNeitherPathableNorPlaceable(GameMap map) {
        for (BaseLocation base : map.bases()) {
            for (ResourceSpot field : base.minerals()) {
                int x0 = (int) field.position().x() - 1;
                int y0 = field.position().cellY();
                for (int x = x0; x < x0 + 2; x++) {
                    assertThat(map.pathing().get(x, y0)).isFalse();
                    assertThat(map.placement().get(x, y0)).isFalse();
                }
            }
            for (ResourceSpot geyser : base.geysers()) {
                for (int y = geyser.position().cellY() - 1; y <= geyser.position().cellY() + 1; y++) {
                    for (int x = geyser.position().cellX() - 1; x <= geyser.position().cellX() + 1; x++) {
                        assertThat(map.pathing().get(x, y)).isFalse();
                        assertThat(map.placement().get(x, y)).isFalse();
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("maps")
    void sideOneIsThePointReflectionOfSideZero(GameMap map) {
        int w = map.width();
        int h = map.height();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                assertThat(map.pathing().get(x, y)).isEqualTo(map.pathing().get(w - 1 - x, h - 1 - y));
                assertThat(map.placement().get(x, y)).isEqualTo(map.placement().get(w - 1 - x, h - 1 - y));
                assertThat(map.terrainHeight().valueAt(x, y)).isEqualTo(map.terrainHeight().valueAt(w - 1 - x, h - 1 - y));
            }
        }
        for (BaseRole role : List.of(BaseRole.MAIN, BaseRole.NATURAL, BaseRole.THIRD)) {
            Point2 a = map.base(0, role).townhall();
            Point2 b = map.base(1, role).townhall();
            assertThat(b).isEqualTo(Point2.of(w - a.x(), h - a.y()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("maps")
    void mainIsHighGroundWhoseOnlyWayOutIsTheRampToTheNatural(GameMap map) {
        for (int side = 0; side < 2; side++) {
            Point2 main = map.base(side, BaseRole.MAIN).townhall();
            Point2 natural = map.base(side, BaseRole.NATURAL).townhall();
            Point2 third = map.base(side, BaseRole.THIRD).townhall();
            assertThat(map.worldHeightAt(main)).isGreaterThan(map.worldHeightAt(natural));
            assertThat(map.worldHeightAt(natural)).isGreaterThan(map.worldHeightAt(third));

            int s = side;
            Ramp ramp = map.ramps().stream().filter(r -> r.side() == s && r.width() == MapLayout.MAIN_RAMP_WIDTH)
                    .findFirst().orElseThrow();
            int mainLevel = map.terrainHeight().valueAt(main.cellX(), main.cellY());
            int naturalLevel = map.terrainHeight().valueAt(natural.cellX(), natural.cellY());
            int previous = Integer.MAX_VALUE;
            for (int i = 0; i <= 10; i++) {
                Point2 p = ramp.top().towards(ramp.bottom(), ramp.top().distanceTo(ramp.bottom()) * i / 10);
                int level = map.terrainHeight().valueAt(p.cellX(), p.cellY());
                assertThat(map.pathing().get(p.cellX(), p.cellY())).as("ramp walkable at %s", p).isTrue();
                assertThat(level).as("ramp descends").isLessThanOrEqualTo(previous).isBetween(naturalLevel, mainLevel);
                previous = level;
            }
            assertThat(map.terrainHeight().valueAt(ramp.top().cellX(), ramp.top().cellY())).isCloseTo(mainLevel, within(4));
            assertThat(map.terrainHeight().valueAt(ramp.bottom().cellX(), ramp.bottom().cellY())).isCloseTo(naturalLevel, within(4));

            assertThat(Reachability.connected(map.pathing(), main, natural)).isTrue();
            Point2 middle = Point2.of((ramp.top().x() + ramp.bottom().x()) / 2, (ramp.top().y() + ramp.bottom().y()) / 2);
            double plug = ramp.width();
            assertThat(Reachability.connected(map.pathing(), main, natural,
                    (x, y) -> middle.distanceTo(Point2.of(x + 0.5, y + 0.5)) <= plug))
                    .as("blocking the main ramp cuts the main off").isFalse();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("maps")
    void heightChangesOnlyGraduallyBetweenWalkableCells(GameMap map) {
        int steep = 0;
        for (int y = 0; y < map.height(); y++) {
            for (int x = 0; x < map.width(); x++) {
                if (!map.pathing().get(x, y)) {
                    continue;
                }
                int here = map.terrainHeight().valueAt(x, y);
                if (map.pathing().get(x + 1, y) && Math.abs(here - map.terrainHeight().valueAt(x + 1, y)) > 4) {
                    steep++;
                }
                if (map.pathing().get(x, y + 1) && Math.abs(here - map.terrainHeight().valueAt(x, y + 1)) > 4) {
                    steep++;
                }
            }
        }
        assertThat(steep).as("walkable steps steeper than a ramp (cliffs must be unpathable)").isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("maps")
    void nothingOutsideThePlayableAreaIsWalkable(GameMap map) {
        Rect area = map.playableArea();
        assertThat(area.width()).isLessThan(map.width());
        for (Point2 start : map.startLocations()) {
            assertThat(area.contains(start.x(), start.y())).isTrue();
        }
        for (int y = 0; y < map.height(); y++) {
            for (int x = 0; x < map.width(); x++) {
                if (!area.contains(x + 0.5, y + 0.5)) {
                    assertThat(map.pathing().get(x, y)).isFalse();
                }
            }
        }
    }
}
