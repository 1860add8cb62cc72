package io.wickedzerg.app.soak;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts the CLI of this very build in a child JVM (same java, same class path, the project's logback
 * configuration), in the current folder so relative paths such as config/ mean what they mean for the user.
 */
public final class ChildLauncher {
    private final Path java;
    private final String classPath;
    private final Path workingDir;

    public ChildLauncher(Path java, String classPath, Path workingDir) {
        this.java = java;
        this.classPath = classPath;
        this.workingDir = workingDir;
    }

    /** This JVM's java and class path, run in {@code workingDir} (the project folder, where config/ is). */
    public static ChildLauncher ofThisJvm(Path workingDir) {
        return new ChildLauncher(Path.of(System.getProperty("java.home"), "bin", "java"),
                System.getProperty("java.class.path"), workingDir);
    }

    Process start(List<String> cliArgs, Map<String, String> env, Path output) throws IOException {
        List<String> command = new ArrayList<>(List.of(java.toString(),
                "-Dlogback.configurationFile=" + workingDir.resolve("config/logback.xml"), "-cp", classPath,
                "io.wickedzerg.app.WickedZergCli"));
        command.addAll(cliArgs);
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().putAll(env);
        return builder.start();
    }

    /** Best effort: a thread dump of a child that will not end, for the stall's post-mortem. */
    void dumpThreads(Process process, Path into) {
        Path jcmd = java.resolveSibling("jcmd");
        try {
            Process dump = new ProcessBuilder(jcmd.toString(), String.valueOf(process.pid()), "Thread.print")
                    .redirectErrorStream(true).redirectOutput(into.toFile()).start();
            dump.waitFor(30, TimeUnit.SECONDS);
        } catch (IOException e) {
            // no jcmd (a JRE): the kill goes ahead without the dump
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
