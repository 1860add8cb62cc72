package io.wickedzerg.sim.server;

import com.github.ocraft.s2client.bot.S2Coordinator;
import com.github.ocraft.s2client.protocol.game.BattlenetMap;
import com.github.ocraft.s2client.protocol.game.Difficulty;
import com.github.ocraft.s2client.protocol.game.Race;
import com.github.ocraft.s2client.protocol.observation.Result;
import SC2APIProtocol.Sc2Api;
import io.wickedzerg.sim.client.RawSc2Client;
import io.wickedzerg.sim.data.Sc2Fixtures;
import io.wickedzerg.sim.map.BuiltInMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code sim serve} as its own process, as ocraft and a ladder use it, and its flag checks. */
class SimMainTest {
    private static final Pattern LISTENING = Pattern.compile("sim listening on ws://[^:]+:(\\d+)/sc2api");
    private static final String MAP = BuiltInMaps.standard().names().get(1);

    @Test
    void aServeProcessHostsAGameAnOcraftClientCreatesAndWinsAndItsReplayPlaysTheSame(@TempDir Path tmp) throws Exception {
        Path summary = tmp.resolve("summary.json");
        try (ServeProcess server = ServeProcess.start("--seed", "7", "--loop-limit", "13440",
                "--replay-dir", tmp.resolve("replays").toString(), "--summary-json", summary.toString())) {
            ScriptedZergAgent agent = new ScriptedZergAgent(40);
            S2Coordinator coordinator = S2Coordinator.setup().setRealtime(false).setStepSize(22)
                    .setParticipants(S2Coordinator.createParticipant(Race.ZERG, agent),
                            S2Coordinator.createComputer(Race.PROTOSS, Difficulty.EASY))
                    .connect("127.0.0.1", server.port)
                    .startGame(BattlenetMap.of(MAP));
            playOut(coordinator);

            assertThat(agent.gameEnded).isTrue();
            assertThat(SimServerGameTest.resultOf(agent, 1)).isEqualTo(Result.VICTORY);
            assertThat(SimServerGameTest.resultOf(agent, 2)).isEqualTo(Result.DEFEAT);
        }
        String json = Files.readString(summary);
        Matcher replay = Pattern.compile("\"replay\": \"([^\"]+)\"").matcher(json);
        Matcher hash = Pattern.compile("\"final_state_hash\": \"([0-9a-f]{16})\"").matcher(json);
        assertThat(replay.find() && hash.find()).as(json).isTrue();
        assertThat(json).contains("\"result\": \"Victory\"").contains("\"result\": \"Defeat\"");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = SimMain.run(new PrintWriter(out, true), new PrintWriter(err, true), "replay", replay.group(1));

        assertThat(code).as(out + "\n" + err).isZero();
        assertThat(out.toString()).contains("final state hash " + hash.group(1) + "\n")
                .contains("result player 1 player1 Victory, player 2 Computer Easy Defeat\n");
    }

    @Test
    void aReplayDirThatIsAFileIsOneLineAndExit2(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("taken"), "a file");
        StringWriter err = new StringWriter();

        int code = SimMain.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), "serve", "--port",
                "0", "--replay-dir", file.toString());

        assertThat(code).isEqualTo(SimMain.EXIT_BAD_INPUT);
        assertThat(err.toString()).startsWith("--replay-dir: cannot create the folder " + file);
    }

    @Test
    void inLadderModeTheServerCreatesTheGameAndALadderLaunchedClientJoinsAndWins() throws Exception {
        try (ServeProcess server = ServeProcess.start("--map", MAP, "--computer-race", "zerg", "--difficulty", "easy",
                "--seed", "7", "--loop-limit", "13440")) {
            ScriptedZergAgent agent = new ScriptedZergAgent(40);
            String port = String.valueOf(server.port);
            S2Coordinator coordinator = S2Coordinator.setup()
                    .loadLadderSettings(new String[] {"--LadderServer", "127.0.0.1", "--GamePort", port, "--StartPort", port})
                    .setStepSize(22)
                    .setParticipants(S2Coordinator.createParticipant(Race.ZERG, agent))
                    .connectToLadder()
                    .joinGame();
            playOut(coordinator);

            assertThat(agent.gameEnded).isTrue();
            assertThat(SimServerGameTest.resultOf(agent, 1)).isEqualTo(Result.VICTORY);
            assertThat(SimServerGameTest.resultOf(agent, 2)).isEqualTo(Result.DEFEAT);
        }
    }

    @Test
    void aServeProcessGivenAMapFilePreCreatesItsLadderGamesOnThatRecordedMap() throws Exception {
        Path map = Sc2Fixtures.folder().resolve("KairosJunctionLE");
        try (ServeProcess server = ServeProcess.start("--map-file", map.toString(), "--computer-race", "terran");
             RawSc2Client client = RawSc2Client.connect(server.port)) {
            assertThat(client.send(ProtocolRequests.joinAsZerg()).getJoinGame().getPlayerId()).isEqualTo(1);
            Sc2Api.ResponseGameInfo info = client.send(Sc2Api.Request.newBuilder()
                    .setGameInfo(Sc2Api.RequestGameInfo.getDefaultInstance()).build()).getGameInfo();
            assertThat(info.getMapName()).isEqualTo("Kairos Junction LE");
            assertThat(info.getStartRaw().getMapSize().getX()).isEqualTo(152);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "--difficulty, Insane, 'VeryEasy, Easy, Medium, MediumHard, Hard, Harder, VeryHard, CheatVision, CheatMoney, CheatInsane'",
            "--computer-race, Elf, 'Terran, Zerg, Protoss, Random'",
            "--map, Nowhere, '" + "Wicked Cove" + "'",
            "--port, 70000, '0..65535'",
            "--players, 3, '1 or 2'",
            "--map-file, nowhere/NoMap, 'NoMap.game_info.pb is missing'",
            "--maps-dir, nowhere/maps, 'is not a directory'",
    })
    void badFlagsExitNonZeroNamingTheFlagAndTheAllowedValues(String flag, String value, String allowed) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> args = new ArrayList<>(List.of("serve"));
        if (!flag.equals("--port")) {
            args.addAll(List.of("--port", "0"));
        }
        args.addAll(List.of(flag, value));
        int code = SimMain.run(new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));

        assertThat(code).isNotZero();
        assertThat(err.toString()).contains(flag).contains(value).contains(allowed);
    }

    @Test
    void twoPlayersAndAComputerRaceAreOneErrorNamingBoth() {
        StringWriter err = new StringWriter();

        int code = SimMain.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), "serve", "--port", "0",
                "--players", "2", "--computer-race", "zerg");

        assertThat(code).isEqualTo(SimMain.EXIT_BAD_INPUT);
        assertThat(err.toString()).contains("--players 2 and --computer-race zerg exclude each other");
    }

    @ParameterizedTest
    @ValueSource(strings = {"VeryHard", "VERY_HARD", "very_hard", "veryhard", "very-hard", "CheatInsane", "cheat-vision"})
    void aPortAlreadyInUseIsOneClearLineAndExit2WhateverTheDifficultysSpelling(String difficulty) throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();

            int code = SimMain.run(new PrintWriter(out, true), new PrintWriter(err, true), "serve", "--port",
                    String.valueOf(taken.getLocalPort()), "--computer-race", "zerg", "--difficulty", difficulty);

            assertThat(code).isEqualTo(2);
            assertThat(err.toString()).isEqualTo("sim serve: port " + taken.getLocalPort() + " is already in use on "
                    + "127.0.0.1; pick another with --port, or --port 0 for any free port" + System.lineSeparator());
            assertThat(out.toString()).isEmpty();
        }
    }

    @Test
    void aServeProcessOnATakenPortPrintsOnlyThatLineWithTheProjectsLogging(@TempDir Path logs) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder builder = new ProcessBuilder(java,
                    "-Dlogback.configurationFile=" + Path.of(System.getProperty("wz.projectRoot"), "config", "logback.xml"),
                    "-cp", System.getProperty("java.class.path"), SimMain.class.getName(),
                    "serve", "--port", String.valueOf(taken.getLocalPort()))
                    .redirectErrorStream(true);
            builder.environment().put("WZ_LOG_DIR", logs.toString());
            Process process = builder.start();
            String console = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).isEqualTo(2);
            assertThat(console).isEqualTo("sim serve: port " + taken.getLocalPort() + " is already in use on 127.0.0.1; "
                    + "pick another with --port, or --port 0 for any free port" + System.lineSeparator());
        }
    }

    private static void playOut(S2Coordinator coordinator) {
        int updates = 0;
        while (coordinator.update() && updates++ < 5_000) {
            // the agent plays in onStep
        }
        coordinator.quit();
    }

    /** A {@code sim serve} child process on a free port it picks itself and prints. */
    private static final class ServeProcess implements AutoCloseable {
        final Process process;
        final int port;

        private ServeProcess(Process process, int port) {
            this.process = process;
            this.port = port;
        }

        static ServeProcess start(String... flags) throws Exception {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                    SimMain.class.getName(), "serve", "--port", "0"));
            command.addAll(List.of(flags));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            CompletableFuture<Integer> port = CompletableFuture.supplyAsync(() -> {
                try {
                    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                        Matcher m = LISTENING.matcher(line);
                        if (m.find()) {
                            drain(lines);
                            return Integer.parseInt(m.group(1));
                        }
                    }
                    throw new IllegalStateException("sim serve exited before listening");
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            try {
                return new ServeProcess(process, port.get(60, TimeUnit.SECONDS));
            } catch (Exception e) {
                process.destroyForcibly();
                throw e;
            }
        }

        /** Keeps reading the child's output so it never blocks on a full pipe. */
        private static void drain(BufferedReader lines) {
            Thread t = new Thread(() -> {
                try {
                    while (lines.readLine() != null) {
                        // discard
                    }
                } catch (IOException ignored) {
                    // the process ended
                }
            }, "sim-serve-output");
            t.setDaemon(true);
            t.start();
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
