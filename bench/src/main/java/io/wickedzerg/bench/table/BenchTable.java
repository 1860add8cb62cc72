package io.wickedzerg.bench.table;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@code run.sh bench [--quick] [--out DIR]}: every benchmark of the table, then one table with each row's target
 * and ratio, on stdout; the full run also writes it as {@code bench.json} and {@code bench.md} (to target/bench
 * unless --out says where; a quick run only with --out). Exit 0 when every row was measured (a missed target is
 * reported, not an error), 1 when a row failed to measure, 2 on a bad flag.
 */
public final class BenchTable {

    static final int EXIT_FAILED_ROW = 1;
    static final int EXIT_BAD_FLAG = 2;

    private BenchTable() {
    }

    public static void main(String[] args) throws Exception {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        BenchArgs parsed;
        try {
            parsed = BenchArgs.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("bench: " + e.getMessage());
            return EXIT_BAD_FLAG;
        }
        if (!Files.isRegularFile(parsed.appJar())) {
            err.println("bench: --app-jar: no file " + parsed.appJar() + "; build the project first (run.sh builds it)");
            return EXIT_BAD_FLAG;
        }
        if (!Files.isRegularFile(parsed.ladderJar())) {
            err.println("bench: --ladder-jar: no file " + parsed.ladderJar() + "; build the project first (run.sh builds it)");
            return EXIT_BAD_FLAG;
        }
        Optional<Path> outDir = parsed.out().or(() -> parsed.quick() ? Optional.empty() : Optional.of(Path.of("target/bench")));
        Path work = outDir.isPresent() ? outDir.get().resolve("work") : Files.createTempDirectory("wz-bench");
        BenchSettings settings = new BenchSettings(parsed.quick(), parsed.projectDir(), parsed.appJar(), parsed.ladderJar(), work);
        String measuredAt = Instant.now().toString();
        List<Row> rows = new TableRunner(TableRunner.all(), err).run(settings);
        out.print(TextTable.render(rows));
        out.flush();
        if (outDir.isPresent()) {
            Files.createDirectories(outDir.get());
            Files.writeString(outDir.get().resolve("bench.json"), JsonTable.render(rows, parsed.quick(), measuredAt),
                    StandardCharsets.UTF_8);
            Files.writeString(outDir.get().resolve("bench.md"), MarkdownTable.render(rows), StandardCharsets.UTF_8);
            err.println("bench: wrote " + outDir.get().resolve("bench.json") + " and bench.md; children's logs in " + work);
        }
        return rows.stream().anyMatch(r -> r.status() == Row.Status.FAILED) ? EXIT_FAILED_ROW : 0;
    }
}
