package io.wickedzerg.sim.server;

import SC2APIProtocol.Common;
import SC2APIProtocol.Raw;
import SC2APIProtocol.Sc2Api;
import io.wickedzerg.sim.client.RawSc2Client;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static io.wickedzerg.sim.server.ProtocolRequests.createTwoPlayerGame;
import static io.wickedzerg.sim.server.ProtocolRequests.joinWithPorts;
import static io.wickedzerg.sim.server.ProtocolRequests.observation;
import static io.wickedzerg.sim.server.ProtocolRequests.step;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bot-vs-bot ladder host ({@code sim serve --players 2}): it pre-creates games of two participant seats, holds the
 * first join until the second bot is in (join order gives the player ids), steps in lock step, and shows each
 * player only what it sees.
 */
class BotVsBotLadderTest {

    private static SimServer botVsBotServer() {
        return SimServer.start(SimServerOptions.builder().port(0).seed(3).ladderBotVsBot(true).build());
    }

    private static List<Raw.Unit> units(RawSc2Client client) {
        return client.send(observation()).getObservation().getObservation().getRawData().getUnitsList();
    }

    private static void awaitJoined(SimServer server, int players) {
        ServerWaits.until(() -> server.joinedParticipants() >= players, players + " participants joined");
    }

    @Test
    void theFirstJoinWaitsForTheSecondBotAndJoinOrderGivesThePlayerIds() {
        try (SimServer server = botVsBotServer();
             RawSc2Client first = RawSc2Client.connect(server.port());
             RawSc2Client second = RawSc2Client.connect(server.port())) {
            first.sendOnly(joinWithPorts(Common.Race.Terran, server.port()));
            awaitJoined(server, 1);
            assertThat(first.poll(Duration.ZERO)).as("held until the second bot joins").isEmpty();

            Sc2Api.Response secondJoin = second.send(joinWithPorts(Common.Race.Zerg, server.port()));
            Sc2Api.Response firstJoin = first.receive();

            assertThat(firstJoin.getJoinGame().hasError()).isFalse();
            assertThat(firstJoin.getJoinGame().getPlayerId()).isEqualTo(1);
            assertThat(secondJoin.getJoinGame().getPlayerId()).isEqualTo(2);
            assertThat(firstJoin.getStatus()).isEqualTo(Sc2Api.Status.in_game);
            List<Sc2Api.PlayerInfo> players = second.send(Sc2Api.Request.newBuilder()
                    .setGameInfo(Sc2Api.RequestGameInfo.getDefaultInstance()).build()).getGameInfo().getPlayerInfoList();
            assertThat(players).extracting(Sc2Api.PlayerInfo::getType)
                    .containsExactly(Sc2Api.PlayerType.Participant, Sc2Api.PlayerType.Participant);
            assertThat(players).extracting(Sc2Api.PlayerInfo::getRaceActual).containsExactly(Common.Race.Terran, Common.Race.Zerg);
        }
    }

    @Test
    void eachPlayerSeesOnlyItsOwnUnitsAndTheNeutralOnesAtTheStart() {
        try (SimServer server = botVsBotServer();
             RawSc2Client terran = RawSc2Client.connect(server.port());
             RawSc2Client zerg = RawSc2Client.connect(server.port())) {
            terran.sendOnly(joinWithPorts(Common.Race.Terran, server.port()));
            awaitJoined(server, 1);
            zerg.send(joinWithPorts(Common.Race.Zerg, server.port()));
            terran.receive();

            for (RawSc2Client client : List.of(terran, zerg)) {
                int me = client == terran ? 1 : 2;
                List<Raw.Unit> seen = units(client);
                assertThat(seen).as("player %d's own units", me).anyMatch(u -> u.getAlliance() == Raw.Alliance.Self);
                assertThat(seen).as("player %d sees no enemy at the start", me)
                        .noneMatch(u -> u.getAlliance() == Raw.Alliance.Enemy);
                assertThat(seen).filteredOn(u -> u.getAlliance() == Raw.Alliance.Self)
                        .allMatch(u -> u.getOwner() == me);
                assertThat(seen).filteredOn(u -> u.getAlliance() != Raw.Alliance.Neutral)
                        .noneMatch(u -> u.getOwner() == 3 - me);
            }
        }
    }

    @Test
    void aStepIsAnsweredOnlyOnceTheOtherBotStepsToo() {
        try (SimServer server = botVsBotServer();
             RawSc2Client one = RawSc2Client.connect(server.port());
             RawSc2Client two = RawSc2Client.connect(server.port())) {
            one.sendOnly(joinWithPorts(Common.Race.Zerg, server.port()));
            awaitJoined(server, 1);
            two.send(joinWithPorts(Common.Race.Zerg, server.port()));
            one.receive();

            one.sendOnly(step(4));
            assertThat(ProtocolRequests.loopNow(two)).as("player 1 stepped alone: the loop stays").isZero();
            assertThat(one.poll(Duration.ZERO)).as("player 1's step waits for player 2").isEmpty();

            two.sendOnly(step(6));
            assertThat(one.receive().getStep().getSimulationLoop()).as("the lower target is reached first").isEqualTo(4);
            assertThat(ProtocolRequests.loopNow(one)).isEqualTo(4);
            assertThat(two.poll(Duration.ZERO)).as("player 2 asked for 6 loops: it waits for player 1's next step")
                    .isEmpty();

            one.sendOnly(step(2));
            assertThat(two.receive().getStep().getSimulationLoop()).isEqualTo(6);
            assertThat(one.receive().getStep().getSimulationLoop()).isEqualTo(6);
        }
    }

    @Test
    void aBotThatLeavesLosesAndTheNextGameIsPreCreatedForTwoNewBots() {
        try (SimServer server = botVsBotServer();
             RawSc2Client one = RawSc2Client.connect(server.port());
             RawSc2Client two = RawSc2Client.connect(server.port())) {
            one.sendOnly(joinWithPorts(Common.Race.Zerg, server.port()));
            awaitJoined(server, 1);
            two.send(joinWithPorts(Common.Race.Protoss, server.port()));
            one.receive();

            assertThat(two.send(Sc2Api.Request.newBuilder().setLeaveGame(Sc2Api.RequestLeaveGame.getDefaultInstance())
                    .build()).hasLeaveGame()).isTrue();
            Sc2Api.ResponseObservation seenByOne = one.send(observation()).getObservation();
            assertThat(seenByOne.getPlayerResultList()).containsExactlyInAnyOrder(
                    Sc2Api.PlayerResult.newBuilder().setPlayerId(1).setResult(Sc2Api.Result.Victory).build(),
                    Sc2Api.PlayerResult.newBuilder().setPlayerId(2).setResult(Sc2Api.Result.Defeat).build());
            one.send(Sc2Api.Request.newBuilder().setLeaveGame(Sc2Api.RequestLeaveGame.getDefaultInstance()).build());

            try (RawSc2Client third = RawSc2Client.connect(server.port())) {
                third.sendOnly(joinWithPorts(Common.Race.Terran, server.port()));
                awaitJoined(server, 1);
                assertThat(third.poll(Duration.ZERO)).as("a new game, waiting for its second bot").isEmpty();
            }
        }
    }

    @Test
    void aClientCannotReplaceAPreCreatedGameABotHasJoined() {
        try (SimServer server = botVsBotServer();
             RawSc2Client bot = RawSc2Client.connect(server.port());
             RawSc2Client intruder = RawSc2Client.connect(server.port())) {
            bot.sendOnly(joinWithPorts(Common.Race.Zerg, server.port()));
            awaitJoined(server, 1);

            Sc2Api.ResponseCreateGame refused = intruder.send(createTwoPlayerGame()).getCreateGame();

            assertThat(refused.getError()).isEqualTo(Sc2Api.ResponseCreateGame.Error.InvalidPlayerSetup);
            assertThat(server.joinedParticipants()).isEqualTo(1);
        }
    }
}
