package io.wickedzerg.sim.server;

import SC2APIProtocol.Common;
import SC2APIProtocol.Raw;
import SC2APIProtocol.Sc2Api;
import io.wickedzerg.sim.client.RawSc2Client;
import io.wickedzerg.sim.data.UnitTypeIds;
import io.wickedzerg.sim.engine.AbilityIds;
import org.junit.jupiter.api.Test;

import static io.wickedzerg.sim.server.ProtocolRequests.actions;
import static io.wickedzerg.sim.server.ProtocolRequests.chat;
import static io.wickedzerg.sim.server.ProtocolRequests.createTwoPlayerGame;
import static io.wickedzerg.sim.server.ProtocolRequests.joinAsZerg;
import static io.wickedzerg.sim.server.ProtocolRequests.joinGameVsComputer;
import static io.wickedzerg.sim.server.ProtocolRequests.observation;
import static io.wickedzerg.sim.server.ProtocolRequests.step;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ResponseObservation.actions} (the player's own accepted raw unit commands since its last observation) and
 * {@code ResponseObservation.chat} (messages sent with {@code action_chat}), as the real game fills them.
 */
class ObservationActionsAndChatTest {
    private static final Sc2Api.ActionChat.Channel BROADCAST = Sc2Api.ActionChat.Channel.Broadcast;
    private static final Sc2Api.ActionChat.Channel TEAM = Sc2Api.ActionChat.Channel.Team;

    private static Sc2Api.Action unitCommand(long tag, int ability, float x, float y) {
        return Sc2Api.Action.newBuilder().setActionRaw(Raw.ActionRaw.newBuilder().setUnitCommand(
                Raw.ActionRawUnitCommand.newBuilder().setAbilityId(ability).addUnitTags(tag)
                        .setTargetWorldSpacePos(Common.Point2D.newBuilder().setX(x).setY(y)))).build();
    }

    private static Sc2Api.ChatReceived received(int playerId, String message) {
        return Sc2Api.ChatReceived.newBuilder().setPlayerId(playerId).setMessage(message).build();
    }

    @Test
    void theNextObservationListsTheAcceptedUnitCommandsAsSentAndThenNoMore() {
        try (SimServer server = SimServer.start(SimServerOptions.builder().port(0).build());
             RawSc2Client client = RawSc2Client.connect(server.port())) {
            joinGameVsComputer(client, false);
            Raw.Unit drone = client.send(observation()).getObservation().getObservation().getRawData().getUnitsList()
                    .stream().filter(u -> u.getUnitType() == UnitTypeIds.DRONE).findFirst().orElseThrow();
            assertThat(client.send(step(4)).getErrorCount()).isZero();

            Sc2Api.Action move = unitCommand(drone.getTag(), AbilityIds.MOVE, drone.getPos().getX() + 3, drone.getPos().getY());
            Sc2Api.Action refused = unitCommand(drone.getTag(), 987_654, 10, 10);
            Sc2Api.ResponseAction results = client.send(actions(move, refused)).getAction();
            assertThat(results.getResult(0)).isEqualTo(SC2APIProtocol.Error.ActionResult.Success);
            assertThat(results.getResult(1)).isNotEqualTo(SC2APIProtocol.Error.ActionResult.Success);

            Sc2Api.ResponseObservation next = client.send(observation()).getObservation();
            assertThat(next.getActionsList()).as("only the accepted command, stamped with the loop it was taken")
                    .containsExactly(move.toBuilder().setGameLoop(4).build());
            assertThat(next.getActionErrorsList()).extracting(Sc2Api.ActionError::getAbilityId).containsExactly(987_654L);
            assertThat(client.send(observation()).getObservation().getActionsList()).isEmpty();
        }
    }

    @Test
    void chatReachesEveryPlayerOnBroadcastAndOnlyTheSendersTeamOnTeam() {
        try (SimServer server = SimServer.start(SimServerOptions.builder().port(0).build());
             RawSc2Client one = RawSc2Client.connect(server.port());
             RawSc2Client two = RawSc2Client.connect(server.port())) {
            assertThat(one.send(createTwoPlayerGame()).getCreateGame().hasError()).isFalse();
            one.sendOnly(joinAsZerg()); // answered once both seats are taken
            assertThat(two.send(joinAsZerg()).getJoinGame().getPlayerId()).isEqualTo(2);
            assertThat(one.receive().getJoinGame().getPlayerId()).isEqualTo(1);

            assertThat(one.send(actions(chat(BROADCAST, "gl hf"), chat(TEAM, "cheese incoming"))).getAction()
                    .getResultList()).containsOnly(SC2APIProtocol.Error.ActionResult.Success);
            assertThat(two.send(actions(chat(BROADCAST, "you too"))).getErrorCount()).isZero();

            Sc2Api.ResponseObservation seenByOne = one.send(observation()).getObservation();
            assertThat(seenByOne.getChatList()).containsExactly(
                    received(1, "gl hf"), received(1, "cheese incoming"), received(2, "you too"));
            assertThat(seenByOne.getActionsList()).as("chat is no raw action").isEmpty();
            assertThat(two.send(observation()).getObservation().getChatList())
                    .containsExactly(received(1, "gl hf"), received(2, "you too"));
            assertThat(one.send(observation()).getObservation().getChatList()).as("delivered once").isEmpty();
        }
    }
}
