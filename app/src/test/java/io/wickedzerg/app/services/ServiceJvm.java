package io.wickedzerg.app.services;

import io.wickedzerg.app.ProjectFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One service in its own JVM, started as {@code ./run.sh services <service>} starts it: the CLI's main on this
 * test's classpath, config/logback-services.xml (JSON lines) with the service as logback's context name. It runs
 * in a folder of the test's, so its default data/ and its logs land there.
 */
public final class ServiceJvm {

    private ServiceJvm() {
    }

    /**
     * @param workDir    the process's working directory; WZ_LOG_DIR is {@code <workDir>/logs}
     * @param flags      what follows {@code services <service>} on the command line
     * @param jvmOptions more JVM options, e.g. {@code -DWZ_REQUEST_LOG_LEVEL=DEBUG}
     */
    public static Process start(String service, Path workDir, List<String> flags, String... jvmOptions)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"),
                "-Dlogback.configurationFile=" + ProjectFiles.path("config/logback-services.xml"),
                "-Dwz.service=" + service));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("io.wickedzerg.app.WickedZergCli", "services", service));
        command.addAll(flags);
        Files.createDirectories(workDir);
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(output(workDir, service).toFile()));
        builder.environment().put("WZ_LOG_DIR", workDir.resolve("logs").toString());
        return builder.start();
    }

    /** Where the service's stdout and stderr go. */
    public static Path output(Path workDir, String service) {
        return workDir.resolve(service + ".out");
    }

    /** The service's JSON-lines log. */
    public static Path jsonLog(Path workDir, String service) {
        return workDir.resolve("logs").resolve("services").resolve(service + ".jsonl");
    }
}
