package io.wickedzerg.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code run.sh package-ladder}: an AI Arena bot folder: {@code WickedZerg.jar} (the shaded jar, ocraft's
 * reference.conf files merged), {@code ladderbots.json}, and the strategy files under {@code config/}.
 */
@Command(name = "package-ladder", mixinStandardHelpOptions = true,
        description = "Build the AI Arena bot folder (WickedZerg.jar, ladderbots.json, config/).")
final class PackageLadderCommand implements Callable<Integer> {

    static final String LADDERBOTS = """
            {
              "Bots": {
                "WickedZerg": {
                  "Race": "Zerg",
                  "Type": "Java",
                  "RootPath": "./",
                  "FileName": "WickedZerg.jar",
                  "Debug": false
                }
              }
            }
            """;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--jar", description = "The shaded bot jar (default: ${DEFAULT-VALUE}).",
            defaultValue = "bot-core/target/WickedZerg.jar")
    Path jar;

    @Option(names = "--config-dir", description = "Strategy files to ship (default: ${DEFAULT-VALUE}).", defaultValue = "config")
    Path configDir;

    @Option(names = "--out", description = "Folder to create (default: ${DEFAULT-VALUE}).", defaultValue = "dist/WickedZerg")
    Path out;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(jar)) {
            err.println("error: --jar: " + jar + " not found; build it first (mvn -pl bot-core -am package, or run.sh builds it)");
            return WickedZergCli.EXIT_BAD_INPUT;
        }
        if (!Files.isDirectory(configDir.resolve("build-orders"))) {
            err.println("error: --config-dir: " + configDir + " has no build-orders/ folder");
            return WickedZergCli.EXIT_BAD_INPUT;
        }
        Files.createDirectories(out.resolve("config/build-orders"));
        Files.copy(jar, out.resolve("WickedZerg.jar"), StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(out.resolve("ladderbots.json"), LADDERBOTS);
        Files.copy(configDir.resolve("strategy-defaults.json"), out.resolve("config/strategy-defaults.json"),
                StandardCopyOption.REPLACE_EXISTING);
        try (Stream<Path> orders = Files.list(configDir.resolve("build-orders"))) {
            for (Path f : orders.filter(p -> p.toString().endsWith(".json")).toList()) {
                Files.copy(f, out.resolve("config/build-orders").resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Path logback = configDir.resolve("logback.xml");
        if (Files.isRegularFile(logback)) {
            Files.copy(logback, out.resolve("config/logback.xml"), StandardCopyOption.REPLACE_EXISTING);
        }
        spec.commandLine().getOut().println("AI Arena bot folder: " + out.toAbsolutePath()
                + " (WickedZerg.jar, ladderbots.json, config/)");
        return 0;
    }
}
