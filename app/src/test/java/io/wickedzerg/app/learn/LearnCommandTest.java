package io.wickedzerg.app.learn;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wickedzerg.app.ProjectFiles;
import io.wickedzerg.optimiser.OptimiserJson;
import io.wickedzerg.optimiser.OptimiserState;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

class LearnCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int learn(String... args) {
        return new CommandLine(new LearnCommand(ProjectFiles.root())).setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true)).execute(args);
    }

    /**
     * The smallest real run: 2 candidates × 1 game × 2 generations and 1 evaluation game for each of the 3
     * contenders, each game a whole game in its own JVM against VeryEasy, cut to a tie after 1000 loops.
     */
    @Test
    void aTinyRunPlaysItsGamesInChildProcessesAdvancesTheOptimiserAndReports(@TempDir Path dir) throws Exception {
        Path run = dir.resolve("run");

        int code = learn("--population", "2", "--games-per-candidate", "1", "--generations", "2", "--eval-games", "1",
                "--difficulty", "veryeasy", "--loop-limit", "1000", "--seed", "5", "--out", run.toString());

        assertThat(code).as(out + "\n" + err).isZero();
        assertThat(out.toString()).contains("[1/7] generation 0 (1 of 2), ").contains("generation 1 done (2 of 2)")
                .contains("[7/7] evaluation, ").contains("## Verdict");
        List<String> journal = Files.readAllLines(run.resolve("games.jsonl"));
        assertThat(journal).hasSize(7);
        OptimiserState state = new OptimiserJson().read(Files.readAllBytes(run.resolve("optimiser-state.json")));
        assertThat(state.generation()).as("two generations bred").isEqualTo(2);
        assertThat(state.history()).extracting(g -> g.games()).containsExactly(2, 2);
        ObjectMapper json = new ObjectMapper();
        for (String line : journal) {
            JsonNode game = json.readTree(line);
            assertThat(game.path("kind").asText()).as(line).isEqualTo("result");
            JsonNode summary = json.readTree(run.resolve(game.path("folder").asText()).resolve("summary.json").toFile())
                    .path("games").path(0);
            assertThat(summary.path("model_version").asText()).as("the child played the parameter set it was given")
                    .isEqualTo(game.path("version").asText());
            assertThat(summary.path("killed_value").isNumber()).isTrue();
        }
        JsonNode report = json.readTree(run.resolve("learn.json").toFile());
        assertThat(report.path("evaluation")).extracting(c -> c.path("name").asText())
                .containsExactly("best", "median", "defaults");
        assertThat(report.path("generations")).hasSize(2);
        assertThat(run.resolve("learn.md")).content().contains("| 1 | 2 |");
        assertThat(Files.size(run.resolve("learn-curve.png"))).isGreaterThan(5_000);

        out.getBuffer().setLength(0);
        assertThat(learn("--resume", run.toString(), "--parallel", "1")).as(err.toString()).isZero();
        assertThat(out.toString()).as("a finished run resumed plays nothing and reports again")
                .contains("resuming (7 games already played)").doesNotContain("[1/7]");
        assertThat(Files.readAllLines(run.resolve("games.jsonl"))).hasSize(7);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            --parallel 0          | --parallel: must be 1..16, was 0
            --population 1        | --population: must be 2..200, was 1
            --generations 0       | --generations: must be 1..100, was 0
            --eval-games 0        | --eval-games: must be 1..1000, was 0
            --difficulty insane   | --difficulty: unknown difficulty 'insane'; allowed: VeryEasy, Easy, Medium
            --loop-limit 10       | --loop-limit: must be at least 1000, was 10
            """)
    void badFlagsAreOneLineAndExit2(String args, String message) {
        assertThat(learn(args.split(" "))).isEqualTo(2);
        assertThat(err.toString()).startsWith("error: " + message);
    }

    @Test
    void aResumedRunKeepsItsSettingsAndNeedsARunToResume(@TempDir Path dir) throws Exception {
        assertThat(learn("--resume", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("error: --resume: " + dir + " holds no learn run (no learn-run.json)");

        err.getBuffer().setLength(0);
        assertThat(learn("--resume", dir.toString(), "--population", "4")).isEqualTo(2);
        assertThat(err.toString()).startsWith("error: --population: not with --resume");

        new RunFolder(dir).writeSettings(LearnFixtures.settings(1, 2, 1, 1));
        err.getBuffer().setLength(0);
        assertThat(learn("--out", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("error: --out: " + dir + " already holds a learn run; go on with it with "
                + "--resume");
    }
}
