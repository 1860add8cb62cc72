package io.wickedzerg.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code play --parallel N}: several games at once in one process, reported in game order, each with its seed. */
class PlayParallelTest {

    private static final Pattern FINISHED = Pattern.compile("^game (\\d)/4 \\(seed (\\d+)\\) (VICTORY|DEFEAT|TIE|UNDECIDED) at ",
            Pattern.MULTILINE);
    private static final Pattern RESULT_BLOCK = Pattern.compile("^(\\S+-g(\\d)) vs .+? on Wicked Cove \\(seed (\\d+)\\): ",
            Pattern.MULTILINE);

    @Test
    void fourGamesTwoAtATimeEachKeepItsSeedAndItsPlaceInTheSummary(@TempDir Path tmp) throws Exception {
        Path summary = tmp.resolve("summary.json");
        // a short loop limit: each game ends in a tie after 1000 loops, so the four take seconds, not minutes
        Process play = CliChild.play(tmp, "--games", "4", "--parallel", "2", "--seed", "7", "--loop-limit", "1000",
                "--step-size", "8", "--summary-json", summary.toString()).start();
        boolean ended = play.waitFor(120, TimeUnit.SECONDS);
        if (!ended) {
            play.destroyForcibly();
        }
        String output = Files.readString(tmp.resolve("play.log"), StandardCharsets.UTF_8);

        assertThat(ended).as("play ended; output:\n" + output).isTrue();
        assertThat(play.exitValue()).as(output).isZero();
        // one line per finished game, in whatever order they ended, each game once with its own seed
        List<String> finished = new ArrayList<>();
        Matcher line = FINISHED.matcher(output);
        while (line.find()) {
            assertThat(Long.parseLong(line.group(2))).as(line.group()).isEqualTo(6 + Long.parseLong(line.group(1)));
            finished.add(line.group(1));
        }
        assertThat(finished).as(output).containsExactlyInAnyOrder("1", "2", "3", "4");
        assertThat(output).contains("4/4 games").doesNotContain("minerals");
        // then the full results in game order
        List<String> blocks = new ArrayList<>();
        Matcher block = RESULT_BLOCK.matcher(output);
        while (block.find()) {
            assertThat(Long.parseLong(block.group(3))).as(block.group()).isEqualTo(6 + Long.parseLong(block.group(2)));
            blocks.add(block.group(2));
        }
        assertThat(blocks).as(output).containsExactly("1", "2", "3", "4");

        JsonNode root = new ObjectMapper().readTree(summary.toFile());
        JsonNode games = root.get("games");
        assertThat(games).hasSize(4);
        for (int i = 0; i < 4; i++) {
            JsonNode game = games.get(i);
            assertThat(game.get("game_id").asText()).isEqualTo(root.get("run_id").asText() + "-g" + (i + 1));
            assertThat(game.get("seed").asLong()).isEqualTo(7 + i);
            assertThat(game.get("result").asText()).isNotBlank();
            assertThat(game.get("game_loops").asLong()).as("game %d played", i + 1).isGreaterThan(500);
            assertThat(game.get("final_state_hash").asText()).isNotBlank();
        }
        assertThat(root.get("telemetry_run_total").get("emitted").asLong()).isPositive();
        // the local learner's files took all four results, none lost to a write of another game
        assertThat(Files.readAllLines(tmp.resolve("data/learning/results.jsonl"))).hasSize(4);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--parallel 0|error: --parallel: must be 1..8, was 0",
            "--parallel 9|error: --parallel: must be 1..8, was 9",
            "--parallel 2 --realtime|error: --parallel: not with --realtime",
            "--parallel 2 --vs-bot true|error: --parallel: not with --vs-bot"})
    void aBadParallelIsOneLineNamingTheFlagAndExit2(String flags, String message) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> args = new ArrayList<>(List.of("play"));
        args.addAll(List.of(flags.split(" ")));

        int code = WickedZergCli.execute(new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));

        assertThat(code).isEqualTo(WickedZergCli.EXIT_BAD_INPUT);
        assertThat(err.toString()).startsWith(message);
        assertThat(out.toString()).doesNotContain("VICTORY", "DEFEAT");
    }
}
