package io.wickedzerg.sim.server;

import static org.assertj.core.api.Assertions.assertThat;

import SC2APIProtocol.Common;
import SC2APIProtocol.Raw;
import SC2APIProtocol.Sc2Api;
import io.wickedzerg.sim.client.RawSc2Client;
import io.wickedzerg.sim.data.Sc2Fixtures;
import io.wickedzerg.sim.map.Grid;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Every recorded map of the fixtures folder, played through the real server over the protocol as it was
 * recorded (player 1 Terran against a Zerg computer): the first observation has the recorded starting units
 * and neutral units at the recorded positions, the recorded contents where the recording has them, the
 * recorded player_common; game_info has the recorded size, playable area, start locations and grids (the
 * pathing grid but for the start locations, where the game and the server mark townhalls differently). Tags
 * are the server's own, so units are matched by type and position.
 */
class RecordedMapFidelityTest {
    /** Cells this close to a start location may differ: the townhall standing there. */
    private static final int START_AREA = 3;

    static List<String> recordedMaps(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".game_info.pb"))
                    .map(f -> f.substring(0, f.length() - ".game_info.pb".length())).sorted().toList();
        }
    }

    @Test
    void theFirstObservationAndGameInfoOfEveryRecordedMapAreTheRecordedOnes() throws IOException {
        Path folder = Sc2Fixtures.folder();
        List<String> maps = recordedMaps(folder);
        assertThat(maps).hasSizeGreaterThanOrEqualTo(6);
        SoftAssertions soft = new SoftAssertions();
        for (String map : maps) {
            check(soft, folder, map);
        }
        soft.assertAll();
    }

    private static void check(SoftAssertions soft, Path folder, String map) {
        Sc2Api.ResponseGameInfo recordedInfo = Sc2Fixtures.gameInfo(map).getGameInfo();
        SC2APIProtocol.Sc2Api.Observation recorded = Sc2Fixtures.observation(map).getObservation();
        try (SimServer server = SimServer.start(SimServerOptions.builder().port(0).mapsDir(folder).build());
             RawSc2Client client = RawSc2Client.connect(server.port())) {
            Sc2Api.ResponseCreateGame created = client.send(Sc2Api.Request.newBuilder().setCreateGame(
                    Sc2Api.RequestCreateGame.newBuilder()
                            .setLocalMap(Sc2Api.LocalMap.newBuilder().setMapPath("/some/dir/Ladder2019/" + map + ".SC2Map"))
                            .addPlayerSetup(Sc2Api.PlayerSetup.newBuilder().setType(Sc2Api.PlayerType.Participant))
                            .addPlayerSetup(Sc2Api.PlayerSetup.newBuilder().setType(Sc2Api.PlayerType.Computer)
                                    .setRace(Common.Race.Zerg).setDifficulty(Sc2Api.Difficulty.VeryEasy))).build())
                    .getCreateGame();
            soft.assertThat(created.hasError()).as("%s created: %s", map, created.getErrorDetails()).isFalse();
            client.send(Sc2Api.Request.newBuilder().setJoinGame(Sc2Api.RequestJoinGame.newBuilder()
                    .setRace(Common.Race.Terran).setOptions(Sc2Api.InterfaceOptions.newBuilder().setRaw(true))).build());
            Sc2Api.ResponseGameInfo info = client.send(Sc2Api.Request.newBuilder()
                    .setGameInfo(Sc2Api.RequestGameInfo.getDefaultInstance()).build()).getGameInfo();
            Sc2Api.Observation served = client.send(ProtocolRequests.observation()).getObservation().getObservation();

            checkGameInfo(soft, map, recordedInfo, info, ownStart(recorded));
            soft.assertThat(positions(served, u -> u.getAlliance() == Raw.Alliance.Self))
                    .as("%s: own starting units", map).isEqualTo(positions(recorded, u -> u.getAlliance() == Raw.Alliance.Self));
            soft.assertThat(positions(served, u -> u.getAlliance() == Raw.Alliance.Neutral))
                    .as("%s: resources, rocks and other neutral units", map)
                    .isEqualTo(positions(recorded, u -> u.getAlliance() == Raw.Alliance.Neutral));
            soft.assertThat(contents(served, recorded)).as("%s: contents where the recording has them", map)
                    .isEqualTo(contents(recorded, recorded));
            soft.assertThat(served.getPlayerCommon()).as("%s: player_common", map).isEqualTo(recorded.getPlayerCommon());
        }
    }

    private static void checkGameInfo(SoftAssertions soft, String map, Sc2Api.ResponseGameInfo recorded,
                                      Sc2Api.ResponseGameInfo served, Common.Point2D ownStart) {
        Raw.StartRaw want = recorded.getStartRaw();
        Raw.StartRaw got = served.getStartRaw();
        soft.assertThat(got.getMapSize()).as("%s: map size", map).isEqualTo(want.getMapSize());
        soft.assertThat(got.getPlayableArea()).as("%s: playable area", map).isEqualTo(want.getPlayableArea());
        soft.assertThat(got.getStartLocationsList()).as("%s: start locations", map)
                .containsExactlyInAnyOrderElementsOf(want.getStartLocationsList());
        soft.assertThat(got.getPlacementGrid()).as("%s: placement grid", map).isEqualTo(want.getPlacementGrid());
        soft.assertThat(got.getTerrainHeight()).as("%s: terrain height", map).isEqualTo(want.getTerrainHeight());
        soft.assertThat(got.getPathingGrid().getBitsPerPixel()).isEqualTo(1);
        int w = want.getMapSize().getX();
        int h = want.getMapSize().getY();
        Grid wanted = Grid.fromImageBytes(w, h, want.getPathingGrid().getData().toByteArray());
        Grid gotten = Grid.fromImageBytes(w, h, got.getPathingGrid().getData().toByteArray());
        List<Common.Point2D> starts = new ArrayList<>(want.getStartLocationsList());
        starts.add(ownStart);
        List<String> differing = new ArrayList<>();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int cx = x;
                int cy = y;
                boolean nearStart = starts.stream().anyMatch(s -> Math.abs(cx + 0.5 - s.getX()) <= START_AREA
                        && Math.abs(cy + 0.5 - s.getY()) <= START_AREA);
                if (!nearStart && wanted.get(x, y) != gotten.get(x, y)) {
                    differing.add(x + "," + y);
                }
            }
        }
        soft.assertThat(differing).as("%s: pathing cells unlike the recording's", map).isEmpty();
    }

    private static Common.Point2D ownStart(Sc2Api.Observation recorded) {
        Raw.Unit hall = recorded.getRawData().getUnitsList().stream()
                .filter(u -> u.getAlliance() == Raw.Alliance.Self && u.getUnitType() == 18).findFirst().orElseThrow();
        return Common.Point2D.newBuilder().setX(hall.getPos().getX()).setY(hall.getPos().getY()).build();
    }

    /** "type@x,y" to how many units stand there. */
    private static Map<String, Integer> positions(Sc2Api.Observation observation, Predicate<Raw.Unit> which) {
        Map<String, Integer> out = new TreeMap<>();
        observation.getRawData().getUnitsList().stream().filter(which)
                .forEach(u -> out.merge(key(u), 1, Integer::sum));
        return out;
    }

    /** Minerals or vespene of the units the recording saw with contents, by type and position. */
    private static Map<String, Integer> contents(Sc2Api.Observation observation, Sc2Api.Observation recorded) {
        List<String> seen = recorded.getRawData().getUnitsList().stream()
                .filter(u -> u.getMineralContents() > 0 || u.getVespeneContents() > 0).map(RecordedMapFidelityTest::key).toList();
        Map<String, Integer> out = new TreeMap<>();
        observation.getRawData().getUnitsList().stream().filter(u -> seen.contains(key(u)))
                .forEach(u -> out.put(key(u), u.getMineralContents() + u.getVespeneContents()));
        return out;
    }

    private static String key(Raw.Unit u) {
        return u.getUnitType() + "@" + u.getPos().getX() + "," + u.getPos().getY();
    }
}
