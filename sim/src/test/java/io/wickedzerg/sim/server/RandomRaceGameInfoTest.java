package io.wickedzerg.sim.server;

import SC2APIProtocol.Common;
import SC2APIProtocol.Sc2Api;
import io.wickedzerg.sim.client.RawSc2Client;
import io.wickedzerg.sim.data.Race;
import io.wickedzerg.sim.data.UnitTypeIds;
import io.wickedzerg.sim.engine.Difficulty;
import io.wickedzerg.sim.engine.RandomRace;
import io.wickedzerg.sim.map.BuiltInMaps;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Random races over the wire: drawn from the game's seed, reported in game_info as asked and as played. */
class RandomRaceGameInfoTest {
    private static final String MAP = BuiltInMaps.standard().names().get(0);
    private static final Map<Common.Race, Integer> TOWNHALL = Map.of(Common.Race.Terran, UnitTypeIds.COMMAND_CENTER,
            Common.Race.Zerg, UnitTypeIds.HATCHERY, Common.Race.Protoss, UnitTypeIds.NEXUS);

    private static Common.Race drawn(long seed, int playerId) {
        return Common.Race.forNumber(RandomRace.resolve(Race.RANDOM, seed, playerId).protoValue());
    }

    private static Sc2Api.ResponseGameInfo joinAsRandomAndAskGameInfo(RawSc2Client client) {
        assertThat(client.send(Sc2Api.Request.newBuilder().setJoinGame(Sc2Api.RequestJoinGame.newBuilder()
                        .setRace(Common.Race.Random).setOptions(Sc2Api.InterfaceOptions.newBuilder().setRaw(true))).build())
                .getJoinGame().getPlayerId()).isEqualTo(1);
        return client.send(Sc2Api.Request.newBuilder().setGameInfo(Sc2Api.RequestGameInfo.getDefaultInstance()).build())
                .getGameInfo();
    }

    private static void assertOwnTownhallIs(RawSc2Client client, Common.Race race) {
        Sc2Api.ResponseObservation observation = client.send(Sc2Api.Request.newBuilder()
                .setObservation(Sc2Api.RequestObservation.getDefaultInstance()).build()).getObservation();
        assertThat(observation.getObservation().getRawData().getUnitsList())
                .anyMatch(u -> u.getOwner() == 1 && u.getUnitType() == TOWNHALL.get(race));
    }

    @Test
    void aRandomComputerPlaysTheRaceItsGamesSeedDrawsAndGameInfoSaysSo() {
        // two seeds whose computers draw different races, so the draw is not one fixed race
        long first = 1;
        long second = LongStream.rangeClosed(2, 50).filter(s -> drawn(s, 2) != drawn(first, 2)).findFirst().orElseThrow();
        for (long seed : new long[] {first, second, first}) {
            try (SimServer server = SimServer.start(SimServerOptions.builder().port(0).loopLimit(1_000).build());
                 RawSc2Client client = RawSc2Client.connect(server.port())) {
                assertThat(client.send(Sc2Api.Request.newBuilder().setCreateGame(Sc2Api.RequestCreateGame.newBuilder()
                        .setBattlenetMapName(MAP).setRandomSeed((int) seed)
                        .addPlayerSetup(Sc2Api.PlayerSetup.newBuilder().setType(Sc2Api.PlayerType.Participant))
                        .addPlayerSetup(Sc2Api.PlayerSetup.newBuilder().setType(Sc2Api.PlayerType.Computer)
                                .setRace(Common.Race.Random).setDifficulty(Sc2Api.Difficulty.CheatInsane))).build())
                        .getCreateGame().hasError()).isFalse();

                Sc2Api.ResponseGameInfo info = joinAsRandomAndAskGameInfo(client);

                assertThat(info.getPlayerInfoList()).hasSize(2);
                Sc2Api.PlayerInfo player = info.getPlayerInfo(0);
                Sc2Api.PlayerInfo computer = info.getPlayerInfo(1);
                assertThat(player.getRaceRequested()).isEqualTo(Common.Race.Random);
                assertThat(player.getRaceActual()).isEqualTo(drawn(seed, 1));
                assertThat(computer.getType()).isEqualTo(Sc2Api.PlayerType.Computer);
                assertThat(computer.getRaceRequested()).isEqualTo(Common.Race.Random);
                assertThat(computer.getRaceActual()).as("seed " + seed).isEqualTo(drawn(seed, 2));
                assertThat(computer.getDifficulty()).isEqualTo(Sc2Api.Difficulty.CheatInsane);
                assertOwnTownhallIs(client, player.getRaceActual());
            }
        }
    }

    @Test
    void aLadderHostsRandomComputerIsReportedTheSameWay() {
        long seed = 9;
        try (SimServer server = SimServer.start(SimServerOptions.builder().port(0).seed(seed).loopLimit(1_000)
                .ladderOpponent(Race.RANDOM, Difficulty.CHEAT_VISION).build());
             RawSc2Client client = RawSc2Client.connect(server.port())) {
            Sc2Api.ResponseGameInfo info = joinAsRandomAndAskGameInfo(client);

            Sc2Api.PlayerInfo computer = info.getPlayerInfo(1);
            assertThat(computer.getRaceRequested()).isEqualTo(Common.Race.Random);
            assertThat(computer.getRaceActual()).isEqualTo(drawn(seed, 2)).isNotEqualTo(Common.Race.Random);
            assertThat(computer.getDifficulty()).isEqualTo(Sc2Api.Difficulty.CheatVision);
            assertThat(info.getPlayerInfo(0).getRaceActual()).isEqualTo(drawn(seed, 1));
        }
    }
}
