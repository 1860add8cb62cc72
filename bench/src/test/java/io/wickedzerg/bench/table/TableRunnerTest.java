package io.wickedzerg.bench.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableRunnerTest {

    private static final BenchSettings SETTINGS = new BenchSettings(true, Path.of("."), Path.of("app.jar"), Path.of("WickedZerg.jar"), Path.of("w"));

    private static Measurement of(List<String> names, List<Row> rows, Exception failure) {
        return new Measurement() {
            @Override public String title() { return "m"; }
            @Override public List<String> rowNames() { return names; }
            @Override public List<Row> measure(BenchSettings settings) throws Exception {
                if (failure != null) {
                    throw failure;
                }
                return rows;
            }
        };
    }

    @Test
    void aMeasurementThatThrowsFailsEachOfItsRowsWithTheReasonAndTheRunGoesOn() {
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        Row fine = Row.measured("c", 5, "ms", Target.atMost(10, "t"), "");
        TableRunner runner = new TableRunner(List.of(
                of(List.of("a", "b"), List.of(), new IllegalStateException("the game did not end\nwithin 9 s")),
                of(List.of("c"), List.of(fine), null)), new PrintStream(progress, true, StandardCharsets.UTF_8));

        List<Row> rows = runner.run(SETTINGS);

        assertThat(rows).extracting(Row::name).containsExactly("a", "b", "c");
        assertThat(rows.get(0).status()).isEqualTo(Row.Status.FAILED);
        assertThat(rows.get(1).failure()).isEqualTo("IllegalStateException: the game did not end within 9 s");
        assertThat(rows.get(2)).isEqualTo(fine);
        assertThat(progress.toString(StandardCharsets.UTF_8)).contains("bench: [1/2] m ...", "bench: [1/2] m: FAILED",
                "bench: [2/2] m: done");
    }

    @Test
    void aRowPassesOrMissesItsTargetInItsDirectionAndABaselineIsAReference() {
        assertThat(Row.measured("t", 3, "ms", Target.atMost(2, "s"), "").status()).isEqualTo(Row.Status.MISS);
        assertThat(Row.measured("t", 3, "ms", Target.atMost(2, "s"), "").ratio()).isEqualTo(1.5);
        assertThat(Row.measured("r", 1200, "loops/s", Target.atLeast(1100, "s"), "").status()).isEqualTo(Row.Status.PASS);
        assertThat(Row.measured("b", 371, "ns/op", null, "").status()).isEqualTo(Row.Status.REF);
        assertThat(Row.measured("b", 371, "ns/op", null, "").ratio()).isNaN();
    }

    @Test
    void theMarkdownTableHasAHeaderAndOneLinePerRowWithPipesEscaped() {
        String md = MarkdownTable.render(List.of(Row.measured("a|b", 1234.5, "ms", Target.atMost(3000, "x"), "n"),
                Row.failed("c", "no line")));

        assertThat(md.lines()).containsExactly(
                "| measurement | value | unit | target | ratio | status | note |",
                "|---|--:|---|---|--:|---|---|",
                "| a\\|b | 1,235 | ms | <= 3,000 (x) | 0.41 | pass | n |",
                "| c | - |  | - | - | failed | no line |");
    }
}
