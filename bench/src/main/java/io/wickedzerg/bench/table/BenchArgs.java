package io.wickedzerg.bench.table;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The table's flags: {@code [--quick] [--out DIR] [--app-jar JAR] [--ladder-jar JAR] [--project-dir DIR]}.
 *
 * @param out where the JSON and Markdown go; empty: target/bench in a full run, nowhere in a quick one
 */
record BenchArgs(boolean quick, Optional<Path> out, Path appJar, Path ladderJar, Path projectDir) {

    static final String USAGE = "allowed: --quick, --out DIR, --app-jar JAR, --ladder-jar JAR, --project-dir DIR";

    /** @throws IllegalArgumentException with one line naming the flag and what is allowed */
    static BenchArgs parse(String... args) {
        boolean quick = false;
        Path out = null;
        Path appJar = Path.of("app/target/wicked-zerg.jar");
        Path ladderJar = Path.of("bot-core/target/WickedZerg.jar");
        Path projectDir = Path.of(".");
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            switch (flag) {
                case "--quick" -> quick = true;
                case "--out" -> out = Path.of(value(args, ++i, flag));
                case "--app-jar" -> appJar = Path.of(value(args, ++i, flag));
                case "--ladder-jar" -> ladderJar = Path.of(value(args, ++i, flag));
                case "--project-dir" -> projectDir = Path.of(value(args, ++i, flag));
                default -> throw new IllegalArgumentException(flag + ": unknown flag; " + USAGE);
            }
        }
        return new BenchArgs(quick, Optional.ofNullable(out), appJar, ladderJar, projectDir);
    }

    private static String value(String[] args, int i, String flag) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(flag + ": needs a value; " + USAGE);
        }
        return args[i];
    }
}
