package io.wickedzerg.services.supervisor;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the supervisor needs to run one service as a child process.
 *
 * @param name       the service's name; it tags the metrics and names the child in logs and {@code /health}
 * @param command    the full command line, program first (see {@link #javaCommand})
 * @param workingDir the child's working directory
 * @param logFile    where the child's stdout and stderr go; appended to, so restarts keep the earlier output
 * @param healthUrl  a URL that answers 2xx once the child is ready, or empty when "process alive" is all we can know
 */
public record ChildSpec(String name, List<String> command, Path workingDir, Path logFile, Optional<URI> healthUrl) {

    public ChildSpec {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        command = List.copyOf(command);
        if (command.isEmpty()) {
            throw new IllegalArgumentException("command of " + name + " is empty");
        }
        Objects.requireNonNull(workingDir, "workingDir");
        Objects.requireNonNull(logFile, "logFile");
        Objects.requireNonNull(healthUrl, "healthUrl");
    }

    /** A child with a health URL. */
    public ChildSpec(String name, List<String> command, Path workingDir, Path logFile, URI healthUrl) {
        this(name, command, workingDir, logFile, Optional.of(healthUrl));
    }

    /** A child without a health URL: it counts as up while its process is alive. */
    public ChildSpec(String name, List<String> command, Path workingDir, Path logFile) {
        this(name, command, workingDir, logFile, Optional.empty());
    }

    /**
     * {@code <this JVM's java> [jvmOptions] -cp <classpath> <mainClass> [args]}: children run on the same
     * Java as the launcher, so a machine with several JDKs cannot start a service on the wrong one.
     */
    public static List<String> javaCommand(List<String> jvmOptions, String classpath, String mainClass,
                                           List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classpath);
        command.add(mainClass);
        command.addAll(args);
        return List.copyOf(command);
    }
}
