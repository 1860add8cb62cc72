package io.wickedzerg.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** This build's command line as a child JVM on the test's class path, logging as run.sh sets it up. */
final class CliChild {

    private CliChild() {
    }

    /** The child's command: java, the logging config, the class path, the CLI's main class, then {@code args}. */
    static List<String> command(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dlogback.configurationFile=" + ProjectFiles.path("config/logback.xml"),
                "-cp", System.getProperty("java.class.path"), WickedZergCli.class.getName()));
        command.addAll(List.of(args));
        return command;
    }

    /**
     * {@code play} with {@code args} in the project's root, its data and logs under {@code dir}, its stdout and stderr
     * together in {@code dir/play.log}.
     */
    static ProcessBuilder play(Path dir, String... args) {
        List<String> command = command("play");
        command.addAll(List.of(args));
        ProcessBuilder cli = new ProcessBuilder(command).directory(ProjectFiles.root().toFile())
                .redirectErrorStream(true).redirectOutput(dir.resolve("play.log").toFile());
        cli.environment().put("WZ_DATA_DIR", dir.resolve("data").toString());
        cli.environment().put("WZ_LOG_DIR", dir.resolve("logs").toString());
        return cli;
    }
}
