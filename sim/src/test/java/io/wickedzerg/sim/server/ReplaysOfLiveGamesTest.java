package io.wickedzerg.sim.server;

import SC2APIProtocol.Common;
import SC2APIProtocol.Debug;
import SC2APIProtocol.Raw;
import SC2APIProtocol.Sc2Api;
import com.github.ocraft.s2client.protocol.game.Difficulty;
import com.github.ocraft.s2client.protocol.game.Race;
import io.wickedzerg.sim.client.RawSc2Client;
import io.wickedzerg.sim.data.Sc2Fixtures;
import io.wickedzerg.sim.replay.MapSource;
import io.wickedzerg.sim.replay.Replay;
import io.wickedzerg.sim.replay.ReplayEvent;
import io.wickedzerg.sim.replay.ReplayFormat;
import io.wickedzerg.sim.replay.SavedGame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.StringWriter;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.wickedzerg.sim.server.ProtocolRequests.actions;
import static io.wickedzerg.sim.server.ProtocolRequests.joinGameVsComputer;
import static io.wickedzerg.sim.server.ProtocolRequests.observation;
import static io.wickedzerg.sim.server.ProtocolRequests.step;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A live game, saved by {@code sim serve --replay-dir}, played again by {@code sim replay FILE}: the same final
 * state hash and the same results, against every race; with debug commands and a leave; and {@code --to LOOP}.
 */
class ReplaysOfLiveGamesTest {
    /** About 3 minutes of game time: the agent builds and sends zerglings, the computer builds and defends. */
    private static final int LOOP_LIMIT = 4_500;

    @TempDir
    Path tmp;

    enum Opponent {
        TERRAN(Race.TERRAN), ZERG(Race.ZERG), PROTOSS(Race.PROTOSS);

        final Race race;

        Opponent(Race race) {
            this.race = race;
        }
    }

    record Cli(int code, String out, String err) {
        String line(String prefix) {
            return out.lines().filter(l -> l.startsWith(prefix)).findFirst()
                    .orElseThrow(() -> new AssertionError("no line '" + prefix + "' in:\n" + out + err));
        }
    }

    static Cli sim(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SimMain.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Cli(code, out.toString(), err.toString());
    }

    @ParameterizedTest
    @EnumSource(Opponent.class)
    void aGameAgainstEachRaceReplaysToTheSameHashAndResult(Opponent opponent) throws Exception {
        Path dir = tmp.resolve("replays");
        Path summary = tmp.resolve("summary.json");
        SavedGame saved;
        List<String> agentSaw;
        try (SimServer server = SimServer.start(SimServerOptions.builder().port(0).seed(11).loopLimit(LOOP_LIMIT)
                .replayDir(dir).summaryJson(summary).build())) {
            ScriptedZergAgent agent = new ScriptedZergAgent(6);
            OcraftGames.playOut(server, agent, opponent.race, Difficulty.MEDIUM, 2, 100_000);
            assertThat(agent.gameEnded).isTrue();
            agentSaw = agent.results.stream().map(r -> r.getResult().name().charAt(0)
                    + r.getResult().name().substring(1).toLowerCase()).toList();
            assertThat(server.savedGames()).hasSize(1);
            saved = server.savedGames().get(0);
        }
        assertThat(saved.replay()).exists().hasParent(dir);
        Replay replay = ReplayFormat.read(saved.replay());
        assertThat(replay.events()).as("the agent's commands").hasSizeGreaterThan(30);
        assertThat(replay.settings().players().get(1).played().name()).isEqualTo(opponent.name());

        Cli cli = sim("replay", saved.replay().toString());

        assertThat(cli.code()).as(cli.out() + cli.err()).isZero();
        assertThat(cli.line("final loop ")).isEqualTo("final loop " + saved.finalLoop());
        assertThat(cli.line("final state hash ")).isEqualTo("final state hash " + saved.finalHashHex());
        assertThat(saved.results().values()).as("what the live game told the agent").containsExactlyElementsOf(agentSaw);
        assertThat(cli.line("result ")).isEqualTo("result player 1 " + saved.players().get(0).name() + " " + saved.results().get(1)
                + ", player 2 " + saved.players().get(1).name() + " " + saved.results().get(2));
        assertThat(Files.readString(summary)).contains("\"replay\": \"" + saved.replay().toString().replace("\\", "\\\\") + "\"")
                .contains("\"final_state_hash\": \"" + saved.finalHashHex() + "\"")
                .contains("\"final_loop\": " + saved.finalLoop());
    }

    @Test
    void aGameOnARecordedMapReplaysFromTheReplayFileAlone() throws Exception {
        Path mapFile = Sc2Fixtures.folder().resolve("AbyssalReefLE");
        Path dir = tmp.resolve("recorded");
        SavedGame saved;
        try (SimServer server = SimServer.start(SimServerOptions.builder().port(0).seed(3).loopLimit(2_000)
                .mapFile(mapFile).replayDir(dir).build())) {
            OcraftGames.playOut(server, "AbyssalReefLE", new ScriptedZergAgent(6), Race.PROTOSS, Difficulty.MEDIUM, 2,
                    100_000);
            saved = server.savedGames().get(0);
        }
        Replay replay = ReplayFormat.read(saved.replay());
        assertThat(replay.settings().map().kind()).isEqualTo(MapSource.Kind.RECORDED);
        assertThat(replay.settings().map().files()).hasSize(2);

        // sim replay is given no map: the replay carries the recorded map's files
        Cli cli = sim("replay", saved.replay().toString());

        assertThat(cli.code()).as(cli.out() + cli.err()).isZero();
        assertThat(cli.out()).contains("AbyssalReefLE");
        assertThat(cli.line("final loop ")).isEqualTo("final loop " + saved.finalLoop());
        assertThat(cli.line("final state hash ")).isEqualTo("final state hash " + saved.finalHashHex());
    }

    @Test
    void debugCommandsAndALeaveReplayToTheSameEnd() throws Exception {
        Path dir = tmp.resolve("replays");
        SavedGame saved;
        try (SimServer server = SimServer.start(SimServerOptions.builder().port(0).seed(5).replayDir(dir).build());
             RawSc2Client client = RawSc2Client.connect(server.port())) {
            joinGameVsComputer(client, false);
            client.send(step(10));
            long drone = client.send(observation()).getObservation().getObservation().getRawData().getUnitsList().stream()
                    .filter(u -> u.getOwner() == 1 && u.getUnitType() == 104).findFirst().orElseThrow().getTag();
            client.send(Sc2Api.Request.newBuilder().setDebug(Sc2Api.RequestDebug.newBuilder()
                    .addDebug(Debug.DebugCommand.newBuilder().setCreateUnit(Debug.DebugCreateUnit.newBuilder()
                            .setUnitType(105).setOwner(1).setQuantity(4)
                            .setPos(Common.Point2D.newBuilder().setX(40).setY(40))))
                    .addDebug(Debug.DebugCommand.newBuilder().setGameState(Debug.DebugGameState.minerals))).build());
            client.send(actions(Sc2Api.Action.newBuilder().setActionRaw(Raw.ActionRaw.newBuilder()
                    .setUnitCommand(Raw.ActionRawUnitCommand.newBuilder().setAbilityId(16).addUnitTags(drone)
                            .setTargetWorldSpacePos(Common.Point2D.newBuilder().setX(60).setY(60)))).build()));
            client.send(step(300));
            client.send(Sc2Api.Request.newBuilder().setLeaveGame(Sc2Api.RequestLeaveGame.getDefaultInstance()).build());
            assertThat(server.savedGames()).hasSize(1);
            saved = server.savedGames().get(0);
        }
        Replay replay = ReplayFormat.read(saved.replay());
        assertThat(replay.events()).extracting(ReplayEvent::kind).containsExactly(ReplayEvent.Kind.DEBUG,
                ReplayEvent.Kind.DEBUG, ReplayEvent.Kind.ACTION, ReplayEvent.Kind.LEAVE);
        assertThat(replay.events()).extracting(ReplayEvent::loop).containsExactly(10L, 10L, 10L, 310L);
        assertThat(saved.results()).containsEntry(1, "Defeat").containsEntry(2, "Victory");

        Cli cli = sim("replay", saved.replay().toString());

        assertThat(cli.code()).as(cli.out() + cli.err()).isZero();
        assertThat(cli.line("final loop ")).isEqualTo("final loop 310");
        assertThat(cli.line("final state hash ")).isEqualTo("final state hash " + saved.finalHashHex());
        assertThat(cli.line("result ")).isEqualTo("result player 1 player1 Defeat, player 2 Computer Easy Victory");

        Cli at = sim("replay", saved.replay().toString(), "--to", "10");
        assertThat(at.code()).as(at.err()).isZero();
        List<String> lines = at.out().lines().toList();
        assertThat(lines.get(1)).startsWith("loop 10 (0:00 game time), state hash ");
        // the debug gift (5000) and the 4 zerglings (created at the end of the loop) are in loop 10's state
        assertThat(at.line("player 1 ")).startsWith("player 1 player1 (zerg): minerals 5050, vespene 0, supply 12/14, ")
                .contains("12 Drone").contains("1 Hatchery").contains("1 Overlord").contains("3 Larva");
        assertThat(at.line("player 2 ")).startsWith("player 2 Computer Easy (terran, computer Easy): minerals ")
                .contains("12 SCV").contains("1 CommandCenter");
        assertThat(at.out()).contains(" p1 Drone ").contains(" p2 SCV ");
    }

    @Test
    void aLoopOutsideTheRecordingIsAFlagError() throws Exception {
        Path file = tmp.resolve("short.wzreplay");
        try (SimServer server = SimServer.start(SimServerOptions.builder().port(0).loopLimit(50).build());
             RawSc2Client client = RawSc2Client.connect(server.port())) {
            joinGameVsComputer(client, false);
            client.send(step(100));
            Files.write(file, client.send(Sc2Api.Request.newBuilder()
                    .setSaveReplay(Sc2Api.RequestSaveReplay.getDefaultInstance()).build()).getSaveReplay().getData().toByteArray());
        }

        Cli cli = sim("replay", file.toString(), "--to", "51");

        assertThat(cli.code()).isEqualTo(SimMain.EXIT_BAD_INPUT);
        assertThat(cli.err().strip()).isEqualTo("sim replay: --to: loop 51 is outside the recording; allowed: 0..50");
    }

    @Test
    void aDamagedReplayIsOneLineAndExit2() throws Exception {
        Path file = Files.write(tmp.resolve("bad.wzreplay"), "WZREPLAY\u0000\u0002garbage".getBytes());

        Cli cli = sim("replay", file.toString());

        assertThat(cli.code()).isEqualTo(SimMain.EXIT_BAD_INPUT);
        assertThat(cli.err().strip()).startsWith("sim replay: replay " + file + ": damaged").doesNotContain("\n");
    }
}
