package io.wickedzerg.bench.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run.sh bench --quick} end to end: the real benchmarks, games of the real app jar (built before bench in the
 * reactor) and the real services, briefly. Says nothing about speed: every row must have a number, and the JSON
 * and Markdown written must hold the same rows.
 */
class BenchTableQuickTest {

    private static final Path APP_JAR = Path.of("../app/target/wicked-zerg.jar");
    private static final Path LADDER_JAR = Path.of("../bot-core/target/WickedZerg.jar");

    @Test
    void everyRowIsMeasuredAndTheFilesHoldTheTable(@TempDir Path out) throws Exception {
        assumeTrue(Files.isRegularFile(APP_JAR), "no " + APP_JAR + ": build the app module first");
        assumeTrue(Files.isRegularFile(LADDER_JAR), "no " + LADDER_JAR + ": build the bot-core module first");
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();

        int exit = BenchTable.run(new String[] {"--quick", "--out", out.toString(), "--app-jar", APP_JAR.toString(),
                "--ladder-jar", LADDER_JAR.toString(), "--project-dir", ".."}, new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8));

        String table = stdout.toString(StandardCharsets.UTF_8);
        assertThat(exit).as("exit code; table:%n%s%nprogress:%n%s", table, stderr).isZero();
        List<String> names = TableRunner.all().stream().flatMap(m -> m.rowNames().stream()).toList();
        assertThat(names).hasSize(23);
        JsonNode json = new ObjectMapper().readTree(out.resolve("bench.json").toFile());
        assertThat(json.get("quick").asBoolean()).isTrue();
        JsonNode rows = json.get("rows");
        assertThat(rows).hasSize(names.size());
        for (int i = 0; i < names.size(); i++) {
            JsonNode row = rows.get(i);
            assertThat(row.get("name").asText()).isEqualTo(names.get(i));
            assertThat(row.get("value").isNumber()).as(names.get(i) + " has a number").isTrue();
            assertThat(row.get("status").asText()).isIn("pass", "miss", "ref");
            assertThat(table).contains(names.get(i));
        }
        List<String> markdown = Files.readAllLines(out.resolve("bench.md"));
        assertThat(markdown).hasSize(names.size() + 2);
        assertThat(markdown.get(1)).startsWith("|---|");
        assertThat(markdown.subList(2, markdown.size())).allSatisfy(line -> assertThat(line).startsWith("| ").endsWith(" |"));
        assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("bench: [6/7] ladder bot start", "bench: [7/7] ladder game");
    }
}
