package io.wickedzerg.app.ci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code .ci/games --check-only} over game folders laid out as the script leaves them: the checks CI applies to
 * every game (a result, AI Arena's step rule, no exception in the logs) and the index that lists them. Playing the
 * games is {@code .ci/run}'s job; this holds the verdicts to the rules.
 */
class CiGamesCheckTest {

    private static final Path SCRIPT = Path.of("..", ".ci", "games").toAbsolutePath().normalize();

    @TempDir
    Path out;

    @Test
    void aGameOverTheStepRuleOrWithAnExceptionFailsAndNamesItsReplayPage() throws Exception {
        assumeTrue(onPath("jq"), "jq not on PATH; .ci/games needs it");
        game("good", "Victory", 10, 0.5, "");
        game("slow", "Victory", 11, 0.5, "");
        game("sluggish", "Defeat", 0, 12.5, "");
        game("broken", "Victory", 0, 0.5, "java.lang.IllegalStateException: boom\n");
        game("undecided", "Undecided", 0, 0.5, "");
        game("struck", "Victory", 0, 0.5, 11, 1.0, "");
        game("waiting", "Victory", 0, 0.5, 0, 10.5, "");

        Run run = checkOnly();

        assertThat(run.exit).isEqualTo(1);
        assertThat(run.stderr)
                .contains("good passed: Victory / Defeat")
                .contains("slow FAILED:", "bot: 11 steps over 40 ms (at most 10)",
                        "replay page: " + out.toRealPath().resolve("slow").resolve("replay.html"))
                .contains("sluggish FAILED:", "bot: mean step 12.5 ms (at most 10)")
                .contains("broken FAILED:", "bot.err: 1:java.lang.IllegalStateException: boom")
                .contains("undecided FAILED:", "bot: no result (Undecided)")
                .contains("struck FAILED:", "player 1: 11 steps over 40 ms on the server's clock (at most 10)")
                .contains("waiting FAILED:", "player 1: mean step 10.5 ms on the server's clock (at most 10)")
                .doesNotContain("good FAILED");
        String index = Files.readString(out.resolve("index.html"));
        assertThat(index).contains("<tr class=\"passed\"><td>good</td>", "<tr class=\"FAILED\"><td>slow</td>",
                "href=\"good/replay.html\"", "href=\"good/bot-telemetry.jsonl\"", "href=\"good/bot-chart.png\"",
                "href=\"good/bot-summary.json\"", "href=\"good/server.log\"", "10 over 40 ms", "7:26",
                "P1: 0.6 / 4.5 / 41 ms, mean 0.8, 1 over 40 ms; setup 650 ms");
    }

    @Test
    void everyGamePassingExitsZero() throws Exception {
        assumeTrue(onPath("jq"), "jq not on PATH; .ci/games needs it");
        game("one", "Victory", 0, 0.3, "");
        game("two", "Defeat", 3, 0.4, "12:00:01.000 WARN  a warning is not an error\n");

        Run run = checkOnly();

        assertThat(run.exit).as(run.stderr).isZero();
        assertThat(run.stderr).contains("one passed", "two passed", "index: ");
    }

    /** A vs-computer game's folder as play_game leaves it; one step over 40 ms on the server's clock. */
    private void game(String name, String result, int overLimit, double meanMs, String botErr) throws IOException {
        game(name, result, overLimit, meanMs, 1, 0.8, botErr);
    }

    /** The same, with the bot's steps over 40 ms and mean step on the bot's clock, then on the server's. */
    private void game(String name, String result, int overLimit, double meanMs, int serverOverLimit,
                      double serverMeanMs, String botErr) throws IOException {
        Path dir = Files.createDirectories(out.resolve(name));
        Files.writeString(dir.resolve("game.json"),
                "{\"name\":\"" + name + "\",\"opponent\":\"terran easy\",\"map\":\"Wicked Cove\",\"seed\":1,\"wall_seconds\":60}");
        String computer = result.equals("Victory") ? "Defeat" : "Victory";
        Files.writeString(dir.resolve("server-summary.json"), "{\"games\":[{\"game\":1,\"final_loop\":10000,"
                + "\"final_state_hash\":\"ab\",\"players\":[{\"id\":1,\"type\":\"Participant\",\"race\":\"zerg\","
                + "\"result\":\"" + (result.equals("Undecided") ? "Victory" : result) + "\",\"bot_time_ms\":{\"setup\":650,"
                + "\"steps\":5000,\"mean\":" + serverMeanMs + ",\"p50\":0.6,\"p99\":4.5,\"max\":41},\"steps_over_40ms\":"
                + serverOverLimit + "},{\"id\":2,\"type\":\"Computer\",\"race\":\"terran\",\"result\":\"" + computer
                + "\"}]}]}");
        Files.writeString(dir.resolve("bot-summary.json"), "{\"games\":[{\"result\":\"" + result + "\","
                + "\"build_order\":\"hatch-gas-pool\",\"step_time_ms\":{\"p50\":0.2,\"p99\":3.1,\"max\":90.0,\"mean\":"
                + meanMs + "},\"steps\":10000,\"steps_over_40ms\":" + overLimit + ",\"manager_failures\":{}}]}");
        Files.writeString(dir.resolve("replay.html"), "<html></html>");
        Files.writeString(dir.resolve("replay.wzreplay"), "WZREPLAY");
        Files.writeString(dir.resolve("bot-telemetry.jsonl"), "{}\n");
        Files.writeString(dir.resolve("bot-chart.png"), "png");
        Files.writeString(dir.resolve("server.log"), "sim listening on ws://127.0.0.1:1234/sc2api\n");
        Files.writeString(dir.resolve("bot.out"), "result " + result + " vs opponent x\n");
        Files.writeString(dir.resolve("bot.err"), botErr);
        Files.writeString(dir.resolve("bot.log"), "INFO game over\n"
                + "2026-12-02 12:57:24,932 ERROR [vert.x-eventloop-thread-0] c.g.o.s2client.api.vertx.OnResponse - "
                + "Connection lost\n");
    }

    private record Run(int exit, String stderr) {
    }

    private Run checkOnly() throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("bash", SCRIPT.toString(), "--check-only");
        builder.environment().put("CI_GAMES_DIR", out.toString());
        builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process process = builder.start();
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), stderr);
    }

    private static boolean onPath(String command) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(folder, command))) {
                return true;
            }
        }
        return false;
    }
}
