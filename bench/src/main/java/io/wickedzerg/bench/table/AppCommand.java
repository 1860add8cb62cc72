package io.wickedzerg.bench.table;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The command line and environment of one app-jar child, as run.sh would start it, its files in its own folder. */
final class AppCommand {

    /** The game processes' JVM options, which run.sh passes as an argument file (relative to the project). */
    static final String JVM_OPTIONS = "config/jvm.options";

    private AppCommand() {
    }

    static List<String> of(BenchSettings settings, List<String> jvmArgs, List<String> appArgs) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Dlogback.configurationFile=config/logback.xml");
        command.add("@" + settings.projectDir().resolve(JVM_OPTIONS).toAbsolutePath());
        command.addAll(jvmArgs);
        command.add("-jar");
        command.add(settings.appJar().toAbsolutePath().toString());
        command.addAll(appArgs);
        return command;
    }

    /** Local mode (no services), data and logs under {@code dir}. */
    static Map<String, String> environment(Path dir, String instance) {
        return Map.of("HYBRID_MODE", "local", "WZ_DATA_DIR", dir.resolve("data").toAbsolutePath().toString(),
                "WZ_LOG_DIR", dir.resolve("logs").toAbsolutePath().toString(), "WZ_INSTANCE_ID", instance);
    }
}
