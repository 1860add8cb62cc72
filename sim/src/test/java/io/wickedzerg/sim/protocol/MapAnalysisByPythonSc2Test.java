package io.wickedzerg.sim.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import SC2APIProtocol.Sc2Api;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wickedzerg.sim.data.Sc2Fixtures;
import io.wickedzerg.sim.data.UnitCatalog;
import io.wickedzerg.sim.map.BaseLocation;
import io.wickedzerg.sim.map.BuiltInMaps;
import io.wickedzerg.sim.map.GameMap;
import io.wickedzerg.sim.map.Point2;
import io.wickedzerg.sim.map.ResourceSpot;
import io.wickedzerg.sim.map.recorded.RecordedMapFiles;
import io.wickedzerg.sim.map.recorded.RecordedMapReader;
import io.wickedzerg.sim.testing.PythonSc2Process;
import java.time.Duration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our built-in maps as python-sc2 analyses them (its own unmodified code, run by {@code src/test/python/ramp_check.py}
 * on the game_info we serve): every start location's main base ramp must be found and carry the two upper points
 * its supply-depot and barracks wall helpers need, as on real ladder maps, and the clustering of resources must find
 * every base where the map puts its townhall. Skipped when python-sc2 or Debian's python3 with numpy, scipy and
 * protobuf is not there.
 */
class MapAnalysisByPythonSc2Test {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration SCRIPT_TIMEOUT = Duration.ofSeconds(120);
    private static PythonSc2Process python;

    @TempDir
    Path dir;

    static Stream<GameMap> maps() {
        return BuiltInMaps.standard().all().stream();
    }

    @BeforeAll
    static void needsPythonSc2() {
        python = PythonSc2Process.locate();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("maps")
    void pythonSc2FindsTheMainRampWallAndEveryBase(GameMap map) throws Exception {
        List<JsonNode> lines = analyse(map);
        assertThat(lines).as("one line per start location, then the expansions").hasSize(map.startLocations().size() + 1);
        for (JsonNode start : lines.subList(0, lines.size() - 1)) {
            String where = map.name() + " from " + start.get("start");
            assertThat(start.has("error")).as("%s: %s", where, start).isFalse();
            assertThat(start.get("top_height").asInt()).as("%s: the ramp found leads out of the main", where)
                    .isEqualTo(start.get("start_height").asInt());
            assertThat(start.get("upper")).as("%s: upper points", where).hasSize(2);
            assertThat(start.get("upper2")).as("%s: upper2_for_ramp_wall", where).hasSize(2);
            assertThat(start.get("corner_depots")).as("%s: corner_depots", where).hasSize(2);
            assertThat(start.get("depot_in_middle").isNull()).as("%s: depot_in_middle", where).isFalse();
            assertThat(start.get("barracks_in_middle").isNull()).as("%s: barracks_in_middle", where).isFalse();
            assertThat(start.get("barracks_correct_placement").isNull()).as("%s: barracks_correct_placement", where).isFalse();
            assertThat(start.get("wall_placeable").asBoolean()).as("%s: the wall fits the placement grid: %s", where, start).isTrue();
            assertThat(start.get("wall_on_top").asBoolean()).as("%s: the wall stands on the high ground: %s", where, start).isTrue();
        }
        List<Point2> expansions = new ArrayList<>();
        lines.get(lines.size() - 1).get("expansions").forEach(p -> expansions.add(Point2.of(p.get(0).asDouble(), p.get(1).asDouble())));
        assertThat(expansions).as("%s: python-sc2's expansion locations", map.name())
                .containsExactlyInAnyOrderElementsOf(map.bases().stream().map(BaseLocation::townhall).toList());
    }

    static Stream<String> recordedMaps() throws IOException {
        try (Stream<Path> files = Files.list(Sc2Fixtures.folder())) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(RecordedMapFiles.GAME_INFO))
                    .map(f -> f.substring(0, f.length() - RecordedMapFiles.GAME_INFO.length())).sorted().toList().stream();
        }
    }

    /**
     * A recorded ladder map as the server serves it: python-sc2 finds both mains' ramps with their wall helpers,
     * and an expansion location for every base found here; where python-sc2's spot differs (ours must also pass
     * this engine's stricter townhall placement rule, and a main's spot is its start location), it is near.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("recordedMaps")
    void pythonSc2FindsTheMainRampsAndTheBasesOfARecordedMap(String name) throws Exception {
        GameMap map = new RecordedMapReader(UnitCatalog.standard()).read(RecordedMapFiles.of(Sc2Fixtures.folder().resolve(name)));
        List<JsonNode> lines = analyse(map);
        assertThat(lines).hasSize(map.startLocations().size() + 1);
        for (JsonNode start : lines.subList(0, lines.size() - 1)) {
            String where = name + " from " + start.get("start");
            assertThat(start.has("error")).as("%s: %s", where, start).isFalse();
            assertThat(start.get("upper")).as("%s: upper points", where).isNotEmpty();
            // On one side of Acid Plant and of Kairos Junction python-sc2 finds 5 upper points on the real game's
            // own recorded grid as well, and then offers no wall: only a 2-point ramp top must carry one.
            if (start.get("upper").size() == 2) {
                assertThat(start.get("barracks_correct_placement").isNull()).as("%s", where).isFalse();
                assertThat(start.get("wall_placeable").asBoolean()).as("%s: %s", where, start).isTrue();
            }
        }
        List<Point2> expansions = new ArrayList<>();
        lines.get(lines.size() - 1).get("expansions").forEach(p -> expansions.add(Point2.of(p.get(0).asDouble(), p.get(1).asDouble())));
        assertThat(expansions).as("%s: python-sc2's expansion locations", name).hasSize(map.bases().size());
        for (BaseLocation base : map.bases()) {
            double nearest = expansions.stream().mapToDouble(p -> p.distanceTo(base.townhall())).min().orElseThrow();
            assertThat(nearest).as("%s: python-sc2's spot nearest our %s of side %d at %s", name, base.role(), base.side(),
                    base.townhall()).isLessThan(3);
        }
    }

    /** Writes the map's game_info (as an observer gets it: every start location) and resources, runs the script. */
    private List<JsonNode> analyse(GameMap map) throws IOException {
        Sc2Api.ResponseGameInfo info = GameInfoEncoder.encode(map, map.pathing(), List.of(), 0,
                Sc2Api.InterfaceOptions.newBuilder().setRaw(true).build());
        Path gameInfo = dir.resolve("game_info.pb");
        Files.write(gameInfo, info.toByteArray());
        StringBuilder resources = new StringBuilder();
        List<ResourceSpot> spots = new ArrayList<>();
        map.bases().forEach(base -> {
            spots.addAll(base.minerals());
            spots.addAll(base.geysers());
        });
        map.neutrals().stream().filter(n -> n.amount() > 0)
                .forEach(n -> spots.add(new ResourceSpot(n.unitType(), n.position(), n.amount())));
        for (ResourceSpot spot : spots) {
            resources.append(spot.unitType()).append(' ').append(UnitCatalog.standard().get(spot.unitType()).name())
                    .append(' ').append(spot.position().x()).append(' ').append(spot.position().y()).append('\n');
        }
        Path resourceFile = dir.resolve("resources.txt");
        Files.writeString(resourceFile, resources);
        PythonSc2Process.Outcome run = python.script(SCRIPT_TIMEOUT, dir.resolve("ramp_check.log"), "ramp_check.py",
                gameInfo.toString(), resourceFile.toString());
        assertThat(run.timedOut()).as("ramp_check.py finishes").isFalse();
        assertThat(run.exitCode()).as("ramp_check.py on %s: %s", map.name(), run.output()).isZero();
        List<JsonNode> lines = new ArrayList<>();
        // the script prints its facts as JSON lines; python-sc2's own log lines go to the same output
        for (String line : run.output().lines().filter(l -> l.startsWith("{")).toList()) {
            lines.add(JSON.readTree(line));
        }
        return lines;
    }
}
