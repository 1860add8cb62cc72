package io.wickedzerg.bot.ladder;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The AI Arena jar's main class. It runs the bot ({@link LadderEntry}) in a child JVM that maps the bot's class
 * archive, or writes one at the end of its game when there is none yet ({@link ClassArchivePlan} says why and
 * when not). This process only waits: the child writes to the same stdout and stderr, its exit code is this
 * process's, a SIGTERM here stops the child, and the child stops by itself when this process is killed outright
 * (it reads its stdin, a pipe from here, to the end). A new archive is renamed into place only after a game that
 * ended well, so a half-written archive is never mapped.
 */
public final class ClassArchiveLauncher {

    /** The exit code of a child whose launcher process went away. */
    static final int EXIT_LAUNCHER_GONE = 1;
    private static final long STOP_PATIENCE_SECONDS = 10;
    private static final long STALE_MILLIS = TimeUnit.HOURS.toMillis(1);

    private final PrintStream err;

    ClassArchiveLauncher(PrintStream err) {
        this.err = err;
    }

    public static void main(String[] args) {
        if (Boolean.getBoolean(ClassArchivePlan.CHILD_PROPERTY)) {
            ParentWatch.start(System.in, () -> {
                System.err.println("the launcher process is gone; the bot stops");
                System.exit(EXIT_LAUNCHER_GONE);
            });
            LadderEntry.main(args);
            return;
        }
        ClassArchiveLauncher launcher = new ClassArchiveLauncher(System.err);
        ClassArchivePlan plan;
        try {
            plan = launcher.plan(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(LadderEntry.EXIT_BAD_INPUT);
            return;
        }
        if (plan.runsChild()) {
            int code = launcher.runChild(plan);
            if (code >= 0) {
                System.exit(code);
            }
        }
        LadderEntry.main(args);
    }

    /** The plan for this JVM, from {@code /proc/self/cmdline}; in this JVM where that cannot be read. */
    ClassArchivePlan plan(String[] args, Map<String, String> env) {
        if (!ClassArchivePlan.switchedOn(env)) {
            return ClassArchivePlan.inProcess("WZ_CLASS_ARCHIVE=off");
        }
        List<String> commandLine;
        try {
            commandLine = commandLine(Files.readAllBytes(Path.of("/proc/self/cmdline")));
        } catch (IOException | RuntimeException e) {
            return ClassArchivePlan.inProcess("no /proc/self/cmdline");
        }
        String jar = ClassArchivePlan.jarOf(commandLine, args).orElse(null);
        if (jar == null) {
            return ClassArchivePlan.inProcess("not started as java -jar");
        }
        Path jarPath = Path.of(jar).toAbsolutePath();
        ClassArchivePlan.JarStamp stamp;
        try {
            stamp = new ClassArchivePlan.JarStamp(jarPath, Files.size(jarPath), Files.getLastModifiedTime(jarPath).toMillis());
        } catch (IOException e) {
            return ClassArchivePlan.inProcess(ClassArchivePlan.text("cannot read ", jarPath));
        }
        String dataDir = env.get("WZ_DATA_DIR");
        long pid;
        int feature;
        try {
            // not ProcessHandle or Runtime.version(): their first use costs this JVM lambdas and streams
            pid = Long.parseLong(Files.readSymbolicLink(Path.of("/proc/self")).toString());
            feature = Integer.parseInt(System.getProperty("java.specification.version"));
        } catch (IOException | RuntimeException e) {
            return ClassArchivePlan.inProcess("no /proc/self");
        }
        ClassArchivePlan.Launch launch = new ClassArchivePlan.Launch(commandLine, args, System.getProperty("java.home"),
                feature, System.getProperty("java.vm.version"),
                Path.of(dataDir == null || dataDir.isBlank() ? "data" : dataDir), stamp);
        return ClassArchivePlan.of(launch, new Predicate<>() {
            @Override
            public boolean test(Path path) {
                return Files.isRegularFile(path);
            }
        }, pid);
    }

    /** The NUL-separated arguments of {@code /proc/PID/cmdline}. */
    static List<String> commandLine(byte[] cmdline) {
        List<String> line = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < cmdline.length; i++) {
            if (cmdline[i] == 0) {
                line.add(new String(cmdline, start, i - start, StandardCharsets.UTF_8));
                start = i + 1;
            }
        }
        if (start < cmdline.length) {
            line.add(new String(cmdline, start, cmdline.length - start, StandardCharsets.UTF_8));
        }
        return line;
    }

    /**
     * Runs the child to its end and returns its exit code; -1 when it could not be started (the caller then runs the
     * bot in this JVM).
     */
    int runChild(ClassArchivePlan plan) {
        Path folder = plan.archive().orElseThrow().getParent();
        Process child;
        try {
            Files.createDirectories(folder);
            removeStale(folder, System.currentTimeMillis());
            // stdin stays a pipe from this process: the child reads it to the end, which comes when this process
            // ends, however it ends
            child = new ProcessBuilder(plan.command()).redirectOutput(ProcessBuilder.Redirect.INHERIT)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException | RuntimeException e) {
            err.println("warning: the bot runs without its class archive (" + e.getMessage() + ")");
            return -1;
        }
        Thread stopChild = new Thread(new Runnable() {
            @Override
            public void run() {
                stop(child);
            }
        }, "stop-bot");
        Runtime.getRuntime().addShutdownHook(stopChild);
        int code = awaitExit(child);
        try {
            Runtime.getRuntime().removeShutdownHook(stopChild);
        } catch (IllegalStateException shuttingDown) {
            // the hook is already stopping the child
        }
        if (plan.pending().isPresent()) {
            keep(plan.pending().get(), plan.archive().get(), code);
        }
        return code;
    }

    private static int awaitExit(Process child) {
        while (true) {
            try {
                return child.waitFor();
            } catch (InterruptedException e) {
                // only the child's end ends this process's wait
            }
        }
    }

    private static void stop(Process child) {
        child.destroy();
        try {
            if (!child.waitFor(STOP_PATIENCE_SECONDS, TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
        } catch (InterruptedException e) {
            child.destroyForcibly();
        }
    }

    /**
     * Puts a newly written archive in place after a game that ended well, and removes the archives of other jars
     * and JVMs (about 40 MB each); anything else is thrown away, as the JVM may have stopped while writing it.
     */
    void keep(Path pending, Path archive, int exitCode) {
        try {
            if (exitCode == 0 && Files.isRegularFile(pending) && Files.size(pending) > 0) {
                Files.move(pending, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                try (DirectoryStream<Path> archives = Files.newDirectoryStream(archive.getParent(), "*.jsa")) {
                    for (Path other : archives) {
                        if (!other.equals(archive)) {
                            Files.deleteIfExists(other);
                        }
                    }
                }
            } else {
                Files.deleteIfExists(pending);
            }
        } catch (IOException e) {
            err.println("warning: the bot's class archive was not kept (" + e.getMessage() + ")");
        }
    }

    /** Removes archives left half-written by launchers that were killed, once they are an hour old. */
    static void removeStale(Path folder, long nowMillis) throws IOException {
        try (DirectoryStream<Path> pending = Files.newDirectoryStream(folder, "*.tmp")) {
            for (Path file : pending) {
                FileTime modified = Files.getLastModifiedTime(file);
                if (nowMillis - modified.toMillis() > STALE_MILLIS) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }
}
