package io.wickedzerg.sim.server;

import static io.wickedzerg.sim.server.ProtocolRequests.createTwoPlayerGame;
import static io.wickedzerg.sim.server.ProtocolRequests.joinAsZerg;
import static io.wickedzerg.sim.server.ProtocolRequests.joinWithPorts;
import static io.wickedzerg.sim.server.ProtocolRequests.ping;
import static io.wickedzerg.sim.server.ProtocolRequests.step;
import static org.assertj.core.api.Assertions.assertThat;

import SC2APIProtocol.Common;
import SC2APIProtocol.Sc2Api;
import io.wickedzerg.sim.client.RawSc2Client;
import org.junit.jupiter.api.Test;

/**
 * A game between clients whose joiner is faster than its host, as python-sc2's run_game can be on a busy machine:
 * the join waits for the game instead of being refused, which left the host waiting for a second player forever.
 */
class JoinBeforeCreateGameTest {

    @Test
    void aJoinWithPortsBeforeCreateGameWaitsForTheGameAndTheGameStarts() {
        try (SimServer server = SimServer.start(SimServerOptions.builder().port(0).build());
             RawSc2Client joiner = RawSc2Client.connect(server.port());
             RawSc2Client host = RawSc2Client.connect(server.port())) {
            joiner.sendOnly(joinWithPorts(Common.Race.Terran, server.port()));
            joiner.sendOnly(ping()); // answered after the join, as the game answers in order
            awaitWaitingJoins(server, 1);

            assertThat(host.send(createTwoPlayerGame()).getCreateGame().hasError()).isFalse();
            Sc2Api.ResponseJoinGame hostJoin = host.send(joinWithPorts(Common.Race.Zerg, server.port())).getJoinGame();
            Sc2Api.Response joined = joiner.receive();
            assertThat(joined.getJoinGame().hasError()).as(joined.toString()).isFalse();
            assertThat(joiner.receive().hasPing()).as("the ping waited behind the join").isTrue();
            assertThat(hostJoin.getPlayerId()).as("the host is player 1, as in the real game, though it joined second")
                    .isEqualTo(1);
            assertThat(joined.getJoinGame().getPlayerId()).isEqualTo(2);
            assertThat(server.joinsWaitingForAGame()).isZero();

            joiner.sendOnly(step(8));
            assertThat(host.send(step(8)).getStep().getSimulationLoop()).isEqualTo(8);
            assertThat(joiner.receive().getStep().getSimulationLoop()).isEqualTo(8);
        }
    }

    @Test
    void anotherClientsJoinBetweenTheHostsCreateAndItsJoinLeavesThePlayerOneSeatToTheHost() {
        try (SimServer server = SimServer.start(SimServerOptions.builder().port(0).build());
             RawSc2Client host = RawSc2Client.connect(server.port());
             RawSc2Client joiner = RawSc2Client.connect(server.port())) {
            assertThat(host.send(createTwoPlayerGame()).getCreateGame().hasError()).isFalse();
            joiner.sendOnly(joinWithPorts(Common.Race.Terran, server.port()));
            ServerWaits.until(() -> server.joinedParticipants() == 1, "the joiner seated");
            Sc2Api.ResponseJoinGame hostJoin = host.send(joinWithPorts(Common.Race.Zerg, server.port())).getJoinGame();
            assertThat(hostJoin.getPlayerId()).isEqualTo(1);
            assertThat(joiner.receive().getJoinGame().getPlayerId()).isEqualTo(2);
        }
    }

    @Test
    void aJoinWithoutPortsAndNoGameIsRefusedAtOnce() {
        try (SimServer server = SimServer.start(SimServerOptions.builder().port(0).build());
             RawSc2Client client = RawSc2Client.connect(server.port())) {
            Sc2Api.ResponseJoinGame refused = client.send(joinAsZerg()).getJoinGame();
            assertThat(refused.getError()).isEqualTo(Sc2Api.ResponseJoinGame.Error.LaunchError);
            assertThat(refused.getErrorDetails()).contains("send create_game first");
            assertThat(server.joinsWaitingForAGame()).isZero();
        }
    }

    @Test
    void aWaitingJoinWhoseConnectionClosesWaitsNoMore() {
        try (SimServer server = SimServer.start(SimServerOptions.builder().port(0).build());
             RawSc2Client host = RawSc2Client.connect(server.port())) {
            try (RawSc2Client gone = RawSc2Client.connect(server.port())) {
                gone.sendOnly(joinWithPorts(Common.Race.Terran, server.port()));
                awaitWaitingJoins(server, 1);
            }
            awaitWaitingJoins(server, 0);
            assertThat(host.send(createTwoPlayerGame()).getCreateGame().hasError()).isFalse();
            // a waiting join would have been served with the create, before this question reached the game thread
            assertThat(server.joinedParticipants()).as("the closed connection took no seat").isZero();
        }
    }

    private static void awaitWaitingJoins(SimServer server, int count) {
        ServerWaits.until(() -> server.joinsWaitingForAGame() == count, count + " joins waiting");
    }
}
