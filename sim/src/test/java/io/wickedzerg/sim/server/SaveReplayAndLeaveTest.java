package io.wickedzerg.sim.server;

import SC2APIProtocol.Debug;
import SC2APIProtocol.Sc2Api;
import io.wickedzerg.sim.client.RawSc2Client;
import io.wickedzerg.sim.protocol.PlaceholderReplay;
import org.junit.jupiter.api.Test;

import static io.wickedzerg.sim.server.ProtocolRequests.MAP;
import static io.wickedzerg.sim.server.ProtocolRequests.joinGameVsComputer;
import static io.wickedzerg.sim.server.ProtocolRequests.step;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What python-sc2's {@code run_game} sends around a game's end: {@code save_replay} (answered with a placeholder
 * replay, {@link PlaceholderReplay}), debug drawing, {@code leave_game} and {@code quit}; none of them errors.
 */
class SaveReplayAndLeaveTest {
    private static final Sc2Api.Request SAVE_REPLAY = Sc2Api.Request.newBuilder()
            .setSaveReplay(Sc2Api.RequestSaveReplay.getDefaultInstance()).build();
    private static final Sc2Api.Request DEBUG_DRAW = Sc2Api.Request.newBuilder().setDebug(Sc2Api.RequestDebug.newBuilder()
            .addDebug(Debug.DebugCommand.newBuilder().setDraw(Debug.DebugDraw.newBuilder()
                    .addText(Debug.DebugText.newBuilder().setText("gg"))))).build();

    private static PlaceholderReplay saveReplay(RawSc2Client client) {
        Sc2Api.Response response = client.send(SAVE_REPLAY);
        assertThat(response.getErrorList()).isEmpty();
        assertThat(response.hasSaveReplay()).isTrue();
        return PlaceholderReplay.parse(response.getSaveReplay().getData().toByteArray());
    }

    @Test
    void aReplayIsSavedDuringAndAfterTheGameAndLeavingAndQuittingAfterwardsRaiseNoError() {
        try (SimServer server = SimServer.start(SimServerOptions.builder().port(0).loopLimit(600).seed(7).build());
             RawSc2Client client = RawSc2Client.connect(server.port())) {
            joinGameVsComputer(client, false);
            assertThat(client.send(step(100)).getErrorCount()).isZero();

            PlaceholderReplay during = saveReplay(client);
            assertThat(during.version()).isEqualTo(PlaceholderReplay.VERSION);
            assertThat(during.mapName()).isEqualTo(MAP);
            assertThat(during.seed()).isEqualTo(7);
            assertThat(during.gameLoop()).isEqualTo(100);
            assertThat(during.realtime()).isFalse();
            assertThat(during.players()).containsExactly(
                    new PlaceholderReplay.Player(1, "Participant", "Zerg", "Zerg", "player1", "", "Undecided"),
                    new PlaceholderReplay.Player(2, "Computer", "Terran", "Terran", "Computer Easy", "Easy", "Undecided"));

            Sc2Api.Response end = client.send(step(1_000));
            assertThat(end.getStatus()).isEqualTo(Sc2Api.Status.ended);
            assertThat(client.send(DEBUG_DRAW).getErrorList()).as("debug after the end").isEmpty();
            PlaceholderReplay after = saveReplay(client);
            assertThat(after.gameLoop()).isEqualTo(600);
            assertThat(after.players()).extracting(PlaceholderReplay.Player::result).containsExactly("Tie", "Tie");

            Sc2Api.Response leave = client.send(Sc2Api.Request.newBuilder()
                    .setLeaveGame(Sc2Api.RequestLeaveGame.getDefaultInstance()).build());
            assertThat(leave.getErrorList()).isEmpty();
            assertThat(leave.getStatus()).isEqualTo(Sc2Api.Status.launched);
            assertThat(client.send(DEBUG_DRAW).getErrorList()).as("debug after leaving").isEmpty();
            assertThat(saveReplay(client).gameLoop()).as("the game just left").isEqualTo(600);

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
