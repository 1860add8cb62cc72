package io.wickedzerg.sim.server;

import static org.assertj.core.api.Assertions.assertThat;

import SC2APIProtocol.Common;
import SC2APIProtocol.Sc2Api;
import io.wickedzerg.sim.client.RawSc2Client;
import io.wickedzerg.sim.data.Race;
import io.wickedzerg.sim.data.Sc2Fixtures;
import io.wickedzerg.sim.engine.Difficulty;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recorded maps as clients meet them: listed, created by their file name, pre-created for a ladder, refused when damaged. */
class RecordedMapsOverProtocolTest {
    private static Sc2Api.Request createOn(String mapPath) {
        return Sc2Api.Request.newBuilder().setCreateGame(Sc2Api.RequestCreateGame.newBuilder()
                .setLocalMap(Sc2Api.LocalMap.newBuilder().setMapPath(mapPath))
                .addPlayerSetup(Sc2Api.PlayerSetup.newBuilder().setType(Sc2Api.PlayerType.Participant))
                .addPlayerSetup(Sc2Api.PlayerSetup.newBuilder().setType(Sc2Api.PlayerType.Computer)
                        .setRace(Common.Race.Zerg).setDifficulty(Sc2Api.Difficulty.Easy))).build();
    }

    @Test
    void availableMapsListsTheFoldersMapsAndAnyPathEndingInTheirFileNameCreatesAGame(@TempDir Path dir) throws IOException {
        for (String file : new String[] {"KingsCoveLE.game_info.pb", "KingsCoveLE.observation.pb"}) {
            Files.copy(Sc2Fixtures.folder().resolve(file), dir.resolve(file));
        }
        Files.write(dir.resolve("Damaged.game_info.pb"), new byte[] {1, 2, 3});
        Files.write(dir.resolve("Damaged.observation.pb"), new byte[] {1, 2, 3});
        try (SimServer server = SimServer.start(SimServerOptions.builder().port(0).mapsDir(dir).build());
             RawSc2Client client = RawSc2Client.connect(server.port())) {
            Sc2Api.ResponseAvailableMaps maps = client.send(Sc2Api.Request.newBuilder()
                    .setAvailableMaps(Sc2Api.RequestAvailableMaps.getDefaultInstance()).build()).getAvailableMaps();
            assertThat(maps.getLocalMapPathsList()).contains("KingsCoveLE.SC2Map", "Damaged.SC2Map", "WickedCove.SC2Map");

            Sc2Api.ResponseCreateGame damaged = client.send(createOn("Damaged.SC2Map")).getCreateGame();
            assertThat(damaged.getError()).isEqualTo(Sc2Api.ResponseCreateGame.Error.InvalidMapData);
            assertThat(damaged.getErrorDetails()).contains("Damaged.game_info.pb");

            Sc2Api.ResponseCreateGame created = client.send(createOn("C:\\Program Files\\StarCraft II\\Maps\\KingsCoveLE.SC2Map"))
                    .getCreateGame();
            assertThat(created.hasError()).as(created.getErrorDetails()).isFalse();
            client.send(ProtocolRequests.joinAsZerg());
            Sc2Api.ResponseGameInfo info = client.send(Sc2Api.Request.newBuilder()
                    .setGameInfo(Sc2Api.RequestGameInfo.getDefaultInstance()).build()).getGameInfo();
            assertThat(info.getMapName()).isEqualTo("King's Cove LE");
            assertThat(info.getLocalMapPath()).isEqualTo("KingsCoveLE.SC2Map");
            assertThat(info.getStartRaw().getMapSize().getX()).isEqualTo(176);
        }
    }

    @Test
    void aLadderServerGivenAMapFilePreCreatesItsGamesThere() {
        try (SimServer server = SimServer.start(SimServerOptions.builder().port(0)
                .mapFile(Sc2Fixtures.folder().resolve("AcidPlantLE")).ladderOpponent(Race.TERRAN, Difficulty.EASY).build());
             RawSc2Client client = RawSc2Client.connect(server.port())) {
            assertThat(client.send(ProtocolRequests.joinAsZerg()).getJoinGame().getPlayerId()).isEqualTo(1);
            Sc2Api.ResponseGameInfo info = client.send(Sc2Api.Request.newBuilder()
                    .setGameInfo(Sc2Api.RequestGameInfo.getDefaultInstance()).build()).getGameInfo();
            assertThat(info.getMapName()).isEqualTo("Acid Plant LE");
            Sc2Api.Observation first = client.send(ProtocolRequests.observation()).getObservation().getObservation();
            assertThat(first.getRawData().getUnitsList()).anyMatch(u -> u.getUnitType() == 86); // our hatchery
            assertThat(first.getPlayerCommon().getLarvaCount()).isEqualTo(3);
        }
    }
}
