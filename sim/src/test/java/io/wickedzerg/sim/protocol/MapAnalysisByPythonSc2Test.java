package io.wickedzerg.sim.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import SC2APIProtocol.Sc2Api;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wickedzerg.sim.data.UnitCatalog;
import io.wickedzerg.sim.map.BaseLocation;
import io.wickedzerg.sim.map.BuiltInMaps;
import io.wickedzerg.sim.map.GameMap;
import io.wickedzerg.sim.map.Point2;
import io.wickedzerg.sim.map.ResourceSpot;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
    private static final String PYTHON = "/usr/bin/python3";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path pythonSc2;

    @TempDir
    Path dir;

    static Stream<GameMap> maps() {
        return BuiltInMaps.standard().all().stream();
    }

    @BeforeAll
    static void needsPythonSc2() throws Exception {
        pythonSc2 = PythonSc2.locate();
        assumeTrue(Files.isRegularFile(pythonSc2.resolve("sc2/game_info.py")),
                "python-sc2 not found at " + pythonSc2 + "; set PYTHON_SC2 to its folder (the one holding sc2/)");
        assumeTrue(Files.isExecutable(Path.of(PYTHON)), PYTHON + " not found (Debian's python3 runs python-sc2)");
        Process probe = python("-c", "import numpy, scipy, google.protobuf").redirectErrorStream(true).start();
        String out = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assumeTrue(probe.waitFor(60, TimeUnit.SECONDS) && probe.exitValue() == 0,
                PYTHON + " lacks numpy, scipy or protobuf for python-sc2 (see " + pythonSc2.resolve("setup.sh")
                        + "; PYTHON_SC2 names python-sc2's folder): " + out);
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

    /** Writes the map's game_info (as an observer gets it: every start location) and resources, runs the script. */
    private List<JsonNode> analyse(GameMap map) throws IOException, InterruptedException {
        Sc2Api.ResponseGameInfo info = GameInfoEncoder.encode(map, map.pathing(), List.of(), 0,
                Sc2Api.InterfaceOptions.newBuilder().setRaw(true).build());
        Path gameInfo = dir.resolve("game_info.pb");
        Files.write(gameInfo, info.toByteArray());
        StringBuilder resources = new StringBuilder();
        for (BaseLocation base : map.bases()) {
            for (ResourceSpot spot : Stream.concat(base.minerals().stream(), base.geysers().stream()).toList()) {
                resources.append(spot.unitType()).append(' ').append(UnitCatalog.standard().get(spot.unitType()).name())
                        .append(' ').append(spot.position().x()).append(' ').append(spot.position().y()).append('\n');
            }
        }
        Path resourceFile = dir.resolve("resources.txt");
        Files.writeString(resourceFile, resources);
        Path script = Path.of(System.getProperty("wz.projectRoot", ".."), "sim", "src", "test", "python", "ramp_check.py");
        Process process = python(script.toString(), gameInfo.toString(), resourceFile.toString())
                .redirectError(dir.resolve("stderr.txt").toFile()).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("ramp_check.py finishes").isTrue();
        assertThat(process.exitValue()).as("ramp_check.py on %s: %s %s", map.name(), out,
                Files.readString(dir.resolve("stderr.txt"))).isZero();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.strip().split("\n")) {
            lines.add(JSON.readTree(line));
        }
        return lines;
    }

    private static ProcessBuilder python(String... args) {
        List<String> command = new ArrayList<>(List.of(PYTHON));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        Path root = pythonSc2.toAbsolutePath();
        builder.environment().put("PYTHONPATH", root + File.pathSeparator + root.resolve("shims"));
        return builder;
    }
}
