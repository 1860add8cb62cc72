package io.wickedzerg.sim.server;

import SC2APIProtocol.Raw;
import SC2APIProtocol.Sc2Api;
import io.wickedzerg.sim.client.RawSc2Client;
import io.wickedzerg.sim.data.UnitTypeIds;
import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static io.wickedzerg.sim.server.ProtocolRequests.createGame;
import static io.wickedzerg.sim.server.ProtocolRequests.joinAsZerg;
import static io.wickedzerg.sim.server.ProtocolRequests.joinGameVsComputer;
import static io.wickedzerg.sim.server.ProtocolRequests.loopNow;
import static io.wickedzerg.sim.server.ProtocolRequests.observation;
import static org.assertj.core.api.Assertions.assertThat;

/** The SC2 API endpoint spoken to directly: bad requests, realtime games. */
class GameHostProtocolTest {
    @Test
    void malformedAndUnsupportedRequestsGetAClearErrorAndTheGameGoesOnToTheEnd() {
        try (SimServer server = SimServer.start(SimServerOptions.builder().port(0).loopLimit(2_000).build());
             RawSc2Client client = RawSc2Client.connect(server.port())) {
            // wire type 7 does not exist: this cannot parse as any protobuf message
            Sc2Api.Response garbage = client.sendBytes(new byte[] {(byte) 0xFF, (byte) 0xFF, 0x01, 0x02, 0x03});
            assertThat(garbage.getErrorList()).singleElement().asString().contains("malformed request");
            assertThat(garbage.hasStatus()).isTrue();

            assertThat(client.send(createGame(false)).getCreateGame().hasError()).isFalse();
            Sc2Api.Response empty = client.send(Sc2Api.Request.getDefaultInstance());
            assertThat(empty.getErrorList()).singleElement().asString().contains("request is empty").contains("ping");
            assertThat(client.send(joinAsZerg()).getJoinGame().getPlayerId()).isEqualTo(1);

            Sc2Api.Response restart = client.send(Sc2Api.Request.newBuilder()
                    .setRestartGame(Sc2Api.RequestRestartGame.getDefaultInstance()).build());
            assertThat(restart.getErrorList()).singleElement().asString().contains("restart_game is not supported");
            assertThat(restart.getStatus()).isEqualTo(Sc2Api.Status.in_game);

            Sc2Api.ResponseObservation first = client.send(observation()).getObservation();
            long drone = first.getObservation().getRawData().getUnitsList().stream()
                    .filter(u -> u.getUnitType() == UnitTypeIds.DRONE).findFirst().orElseThrow().getTag();
            Sc2Api.Response badAbility = client.send(Sc2Api.Request.newBuilder().setAction(Sc2Api.RequestAction.newBuilder()
                    .addActions(Sc2Api.Action.newBuilder().setActionRaw(Raw.ActionRaw.newBuilder().setUnitCommand(
                            Raw.ActionRawUnitCommand.newBuilder().setAbilityId(987_654).addUnitTags(drone))))).build());
            assertThat(badAbility.getErrorCount()).isZero();
            assertThat(badAbility.getAction().getResultList()).singleElement()
                    .isNotEqualTo(SC2APIProtocol.Error.ActionResult.Success);

            Sc2Api.Response stepped = null;
            for (int i = 0; i < 10 && (stepped == null || stepped.getStatus() == Sc2Api.Status.in_game); i++) {
                stepped = client.send(Sc2Api.Request.newBuilder().setStep(Sc2Api.RequestStep.newBuilder().setCount(500)).build());
                assertThat(stepped.getErrorCount()).isZero();
            }
            assertThat(stepped.getStatus()).isEqualTo(Sc2Api.Status.ended);
            Sc2Api.ResponseObservation last = client.send(observation()).getObservation();
            assertThat(last.getObservation().getGameLoop()).isEqualTo(2_000);
            assertThat(last.getPlayerResultList()).extracting(Sc2Api.PlayerResult::getResult)
                    .containsExactly(Sc2Api.Result.Tie, Sc2Api.Result.Tie);
            assertThat(client.send(Sc2Api.Request.newBuilder().setPing(Sc2Api.RequestPing.getDefaultInstance()).build())
                    .getPing().getBaseBuild()).isPositive();
        }
    }

    @Test
    void aRealtimeGameAdvancesTwentyTwoPointFourLoopsPerSecondOfItsClock() {
        AtomicLong nanos = new AtomicLong(TimeUnit.HOURS.toNanos(5));
        try (SimServer server = SimServer.start(SimServerOptions.builder().port(0).nanoClock(nanos::get).build());
             RawSc2Client client = RawSc2Client.connect(server.port())) {
            joinGameVsComputer(client, true);
            assertThat(loopNow(client)).isZero();

            nanos.addAndGet(TimeUnit.SECONDS.toNanos(1));
            assertThat(loopNow(client)).isEqualTo(22);
            nanos.addAndGet(TimeUnit.SECONDS.toNanos(9));
            assertThat(loopNow(client)).isEqualTo(224);
            assertThat(loopNow(client)).as("no time passed, no loops").isEqualTo(224);

            Sc2Api.Response step = client.send(Sc2Api.Request.newBuilder().setStep(Sc2Api.RequestStep.newBuilder().setCount(8)).build());
            assertThat(step.getErrorList()).singleElement().asString().contains("realtime");
            nanos.addAndGet(TimeUnit.MILLISECONDS.toNanos(2_500));
            assertThat(loopNow(client)).isEqualTo(280);
        }
    }
}
