package io.wickedzerg.sim.server;

import SC2APIProtocol.Debug;
import SC2APIProtocol.Sc2Api;
import io.wickedzerg.sim.client.RawSc2Client;
import io.wickedzerg.sim.replay.Replay;
import io.wickedzerg.sim.replay.ReplayFormat;
import io.wickedzerg.sim.replay.ReplayFormatException;
import io.wickedzerg.sim.replay.ReplayPlayer;
import io.wickedzerg.sim.data.Race;
import io.wickedzerg.sim.engine.Difficulty;
import org.junit.jupiter.api.Test;

import static io.wickedzerg.sim.server.ProtocolRequests.MAP;
import static io.wickedzerg.sim.server.ProtocolRequests.joinGameVsComputer;
import static io.wickedzerg.sim.server.ProtocolRequests.step;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What python-sc2's {@code run_game} sends around a game's end: {@code save_replay} (answered with the game's replay,
 * {@link ReplayFormat}), debug drawing, {@code leave_game} and {@code quit}; none of them errors.
 */
class SaveReplayAndLeaveTest {
    private static final Sc2Api.Request SAVE_REPLAY = Sc2Api.Request.newBuilder()
            .setSaveReplay(Sc2Api.RequestSaveReplay.getDefaultInstance()).build();
    private static final Sc2Api.Request DEBUG_DRAW = Sc2Api.Request.newBuilder().setDebug(Sc2Api.RequestDebug.newBuilder()
            .addDebug(Debug.DebugCommand.newBuilder().setDraw(Debug.DebugDraw.newBuilder()
                    .addText(Debug.DebugText.newBuilder().setText("gg"))))).build();

    private static Replay saveReplay(RawSc2Client client) throws ReplayFormatException {
        Sc2Api.Response response = client.send(SAVE_REPLAY);
        assertThat(response.getErrorList()).isEmpty();
        assertThat(response.hasSaveReplay()).isTrue();
        return ReplayFormat.read(response.getSaveReplay().getData().toByteArray());
    }

    @Test
    void aReplayIsSavedDuringAndAfterTheGameAndLeavingAndQuittingAfterwardsRaiseNoError() throws Exception {
        try (SimServer server = SimServer.start(SimServerOptions.builder().port(0).loopLimit(600).seed(7).build());
             RawSc2Client client = RawSc2Client.connect(server.port())) {
            joinGameVsComputer(client, false);
            assertThat(client.send(step(100)).getErrorCount()).isZero();

            Replay during = saveReplay(client);
            assertThat(during.settings().map().name()).isEqualTo(MAP);
            assertThat(during.settings().seed()).isEqualTo(7);
            assertThat(during.end().finalLoop()).isEqualTo(100);
            assertThat(during.end().over()).isFalse();
            assertThat(during.settings().realtime()).isFalse();
            assertThat(during.settings().players()).containsExactly(
                    new ReplayPlayer(1, false, Race.ZERG, Race.ZERG, null, "player1"),
                    new ReplayPlayer(2, true, Race.TERRAN, Race.TERRAN, Difficulty.EASY, "Computer Easy"));
            assertThat(during.end().results()).containsOnly(
                    org.assertj.core.api.Assertions.entry(1, "Undecided"), org.assertj.core.api.Assertions.entry(2, "Undecided"));

            Sc2Api.Response end = client.send(step(1_000));
            assertThat(end.getStatus()).isEqualTo(Sc2Api.Status.ended);
            assertThat(client.send(DEBUG_DRAW).getErrorList()).as("debug after the end").isEmpty();
            Replay after = saveReplay(client);
            assertThat(after.end().finalLoop()).isEqualTo(600);
            assertThat(after.end().results().values()).containsExactly("Tie", "Tie");

            Sc2Api.Response leave = client.send(Sc2Api.Request.newBuilder()
                    .setLeaveGame(Sc2Api.RequestLeaveGame.getDefaultInstance()).build());
            assertThat(leave.getErrorList()).isEmpty();
            assertThat(leave.getStatus()).isEqualTo(Sc2Api.Status.launched);
            assertThat(client.send(DEBUG_DRAW).getErrorList()).as("debug after leaving").isEmpty();
            assertThat(saveReplay(client).end().finalLoop()).as("the game just left").isEqualTo(600);

            Sc2Api.Response quit = client.send(Sc2Api.Request.newBuilder().setQuit(Sc2Api.RequestQuit.getDefaultInstance()).build());
            assertThat(quit.getErrorList()).isEmpty();
            assertThat(quit.getStatus()).isEqualTo(Sc2Api.Status.quit);
        }
    }

    @Test
    void saveReplayWithoutAGameIsAClearError() {
        try (SimServer server = SimServer.start(SimServerOptions.builder().port(0).build());
             RawSc2Client client = RawSc2Client.connect(server.port())) {
            assertThat(client.send(SAVE_REPLAY).getErrorList()).singleElement().asString().contains("save_replay needs a game");
        }
    }
}
