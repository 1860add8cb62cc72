package io.wickedzerg.sim.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.wickedzerg.sim.data.Race;
import io.wickedzerg.sim.engine.Difficulty;
import io.wickedzerg.sim.map.BuiltInMaps;
import io.wickedzerg.sim.replay.BotTimes;
import io.wickedzerg.sim.testing.PythonSc2Process;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The second client: unmodified python-sc2, with bots written as its users write them (src/test/python), plays
 * whole games on the server in each way python-sc2 joins one: its own run_game, the ladder template's join
 * with the AI Arena flags, play_from_websocket, and two python-sc2 bots in one game. Each log is kept under
 * target/python-sc2/ for a failure's reader.
 */
class PythonSc2GamesTest {
    private static final Duration GAME_TIMEOUT = Duration.ofMinutes(8);
    private static final List<String> MAPS = BuiltInMaps.standard().names();
    private static final Path LOGS = Path.of("target", "python-sc2");

    private static PythonSc2Process python;

    @TempDir
    Path tmp;

    @BeforeAll
    static void findPythonSc2() throws Exception {
        python = PythonSc2Process.locate();
        java.nio.file.Files.createDirectories(LOGS);
    }

    @Test
    void runGameZergBeatsAnEasyTerranAndInjects() {
        try (SimServer server = SimServer.start(SimServerOptions.builder().port(0).seed(11).build())) {
            PythonSc2Process.Outcome game = python.script(GAME_TIMEOUT, LOGS.resolve("run_game-zerg.log"),
                    "play_vs_computer.py", String.valueOf(server.port()), "zerg", MAPS.get(0), "Terran", "Easy");
            Map<String, String> report = onlyReport(game);
            assertThat(report.get("result")).isEqualTo("Result.Victory");
            assertThat(report.get("saw_inject_buff")).as("a hatchery carried QueenSpawnLarvaTimer").isEqualTo("true");
            assertThat(report.get("enemy_race")).isEqualTo("Race.Terran");
        }
    }

    @Test
    void runGameTerranBeatsAnEasyProtoss() {
        try (SimServer server = SimServer.start(SimServerOptions.builder().port(0).seed(12).build())) {
            PythonSc2Process.Outcome game = python.script(GAME_TIMEOUT, LOGS.resolve("run_game-terran.log"),
                    "play_vs_computer.py", String.valueOf(server.port()), "terran", MAPS.get(1 % MAPS.size()),
                    "Protoss", "Easy");
            assertThat(onlyReport(game).get("result")).isEqualTo("Result.Victory");
        }
    }

    @Test
    void ladderJoinWithTheAiArenaFlags() {
        try (SimServer server = SimServer.start(SimServerOptions.builder().port(0).seed(13)
                .ladderOpponent(Race.ZERG, Difficulty.EASY).build())) {
            String port = String.valueOf(server.port());
            PythonSc2Process.Outcome game = python.script(GAME_TIMEOUT, LOGS.resolve("ladder-terran.log"), "ladder.py",
                    "terran", "--LadderServer", "127.0.0.1", "--GamePort", port, "--StartPort", port,
                    "--OpponentId", "opponent-7");
            Map<String, String> report = onlyReport(game);
            assertThat(report.get("result")).isEqualTo("Result.Victory");
            assertThat(report.get("enemy_race")).isEqualTo("Race.Zerg");
            assertThat(game.output()).contains("opponent opponent-7");
            // a second client's pattern of requests (observation, actions, step), timed as AI Arena's proxy times it
            BotTimes times = server.savedGames().get(0).botTimes().get(1);
            assertThat(times.steps()).isGreaterThan(100);
            assertThat(times.p50Millis()).isPositive().isLessThanOrEqualTo(times.p99Millis());
            assertThat(times.maxMillis()).isGreaterThanOrEqualTo(times.p99Millis());
            assertThat(times.setupMillis()).isPositive();
        }
    }

    @Test
    void playFromWebsocket() {
        try (SimServer server = SimServer.start(SimServerOptions.builder().port(0).seed(14)
                .ladderOpponent(Race.PROTOSS, Difficulty.EASY).build())) {
            PythonSc2Process.Outcome game = python.script(GAME_TIMEOUT, LOGS.resolve("websocket-zerg.log"),
                    "websocket_bot.py", String.valueOf(server.port()), "zerg");
            Map<String, String> report = onlyReport(game);
            assertThat(report.get("result")).isEqualTo("Result.Victory");
            assertThat(report.get("enemy_race")).isEqualTo("Race.Protoss");
        }
    }

    /**
     * python-sc2's realtime loop on a realtime server: observations held to the loop it asks for, its commands
     * listed back in {@code state.actions}, its chat in {@code state.chat}, and {@code save_replay_as} written.
     */
    @Test
    void realtimeRunGameWithActionsChatAndASavedReplay() throws Exception {
        try (SimServer server = SimServer.start(SimServerOptions.builder().port(0).seed(16).realtime(true).build())) {
            Path replay = tmp.resolve("realtime.SC2Replay");
            PythonSc2Process.Outcome game = python.script(GAME_TIMEOUT, LOGS.resolve("realtime.log"),
                    "realtime_check.py", String.valueOf(server.port()), replay.toString(), "10");
            assertEndedCleanly(game);
            assertThat(game.output().lines().filter(l -> l.startsWith("CHECK ok"))).as(game.output()).hasSize(7);
            assertThat(java.nio.file.Files.readAllBytes(replay)).startsWith("WZREPLAY".getBytes(
                    java.nio.charset.StandardCharsets.US_ASCII));
            // a realtime game's commands carry the loops they reached the game at: it re-simulates exactly
            io.wickedzerg.sim.replay.Replay saved = io.wickedzerg.sim.replay.ReplayFormat.read(replay);
            assertThat(saved.events()).as("python-sc2's commands were recorded").isNotEmpty();
            assertThat(io.wickedzerg.sim.replay.ReplayRunner.standard().run(saved, g -> { }).finalHash())
                    .isEqualTo(saved.end().finalHash());
        }
    }

    @Test
    void twoPythonSc2BotsPlayOneGameToAResult() {
        assertBotVsBotGame(15, "bot_vs_bot.log");
    }

    /**
     * python-sc2's joiner does not wait for its host's create_game (each has its own SC2 in the real game), so on a
     * busy machine its join_game comes first: here the host is a second late. The join waits for the game.
     */
    @Test
    void twoPythonSc2BotsPlayWhenTheJoinerIsAheadOfTheHost() {
        assertBotVsBotGame(17, "bot_vs_bot-late_host.log", "1");
    }

    private static void assertBotVsBotGame(long seed, String log, String... hostDelay) {
        try (SimServer server = SimServer.start(SimServerOptions.builder().port(0).seed(seed).build())) {
            List<String> args = new ArrayList<>(List.of(String.valueOf(server.port()), MAPS.get(0)));
            args.addAll(List.of(hostDelay));
            PythonSc2Process.Outcome game = python.script(GAME_TIMEOUT, LOGS.resolve(log), "bot_vs_bot.py",
                    args.toArray(String[]::new));
            assertEndedCleanly(game);
            List<Map<String, String>> reports = game.reports();
            assertThat(reports).as("one report per bot").hasSize(2);
            assertThat(reports).extracting(r -> r.get("player")).containsExactlyInAnyOrder("1", "2");
            assertThat(reports).extracting(r -> r.get("race")).containsExactlyInAnyOrder("Race.Zerg", "Race.Terran");
            assertThat(reports).extracting(r -> r.get("game_loop")).as("the same game").containsOnly(
                    reports.get(0).get("game_loop"));
            List<String> results = reports.stream().map(r -> r.get("result")).sorted().toList();
            assertThat(results).as("one winner, or a tie").isIn(List.of("Result.Defeat", "Result.Victory"),
                    List.of("Result.Tie", "Result.Tie"));
        }
    }

    private static Map<String, String> onlyReport(PythonSc2Process.Outcome game) {
        assertEndedCleanly(game);
        assertThat(game.reports()).as("the bot's end-of-game report").hasSize(1);
        Map<String, String> report = game.reports().get(0);
        assertThat(Integer.parseInt(report.get("steps"))).as("steps played").isGreaterThan(100);
        return report;
    }

    private static void assertEndedCleanly(PythonSc2Process.Outcome game) {
        assertThat(game.timedOut()).as("python-sc2 still running after " + GAME_TIMEOUT + "; output:\n"
                + tail(game.output())).isFalse();
        assertThat(game.errors()).as("errors in python-sc2's log (on_step and the protocol)").isEmpty();
        assertThat(game.exitCode()).as("exit code; output:\n" + tail(game.output())).isZero();
    }

    private static String tail(String output) {
        List<String> lines = output.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }
}
