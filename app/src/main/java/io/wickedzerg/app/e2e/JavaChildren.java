package io.wickedzerg.app.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts the e2e run's child JVMs as {@code run.sh} would: the services and the headless server from this CLI's own
 * jar ({@code java -cp <this class path> io.wickedzerg.app.WickedZergCli ...}), the bot from the AI Arena folder's
 * {@code WickedZerg.jar}. Every child's output goes to a file under {@code logs}.
 */
final class JavaChildren {

    /**
     * JVM options of the services and the headless server, which stand in for other machines and for the real game
     * (native code, no JIT). With C2 their compiling took CPU from the bot mid-game on two cores, more in the hybrid
     * game (whose services receive every event) than in the telemetry-off one, and e2e charged it to the client
     * (README: End to end, the step-time runs).
     */
    static final List<String> STAND_IN_JVM = List.of("-XX:TieredStopAtLevel=1");

    private final Path projectRoot;
    private final Path work;
    private final Path logs;
    private final ServiceQueries queries;

    JavaChildren(Path projectRoot, Path work, ServiceQueries queries) {
        this.projectRoot = projectRoot;
        this.work = work;
        this.logs = work.resolve("logs");
        this.queries = queries;
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** This JVM's class path with every entry absolute: the children run in other folders. */
    static String classPath() {
        return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }

    /** A stand-in's command line: this JVM's java with {@link #STAND_IN_JVM} and class path, then {@code rest}. */
    private static List<String> standIn(String... rest) {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(STAND_IN_JVM);
        command.addAll(List.of("-cp", classPath()));
        command.addAll(List.of(rest));
        return command;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * {@code run.sh services <service> --port P}, SQLite under {@code <work>/data/services/<service>.db}; returns once
     * it answers {@code /health} (the same files on a restart: the service finds what it stored before).
     */
    ChildProcess service(String service, int port, String logName, Duration patience)
            throws IOException, InterruptedException {
        List<String> command = standIn(
                "-Dlogback.configurationFile=" + projectRoot.resolve("config/logback-services.xml"),
                "-Dwz.service=" + service, "io.wickedzerg.app.WickedZergCli", "services", service, "--port",
                Integer.toString(port));
        ChildProcess child = ChildProcess.start(logName, command, work, Map.of(
                "SERVICE_DATA_DIR", work.resolve("data").toString(),
                "SERVICE_BIND_ADDRESS", "127.0.0.1",
                "LEARNING_CONFIG_DIR", projectRoot.resolve("config").toString(),
                "WZ_LOG_DIR", logs.resolve(logName).toString()), logs.resolve(logName + ".out"));
        URI base = URI.create("http://127.0.0.1:" + port);
        long end = System.nanoTime() + patience.toNanos();
        while (!queries.healthy(base)) {
            if (!child.isAlive() || System.nanoTime() > end) {
                child.close();
                throw new IOException(service + " service did not answer " + base + "/health within "
                        + patience.toSeconds() + " s (exit " + (child.isAlive() ? "-" : child.exitCode()) + "); see "
                        + child.log());
            }
            child.awaitExit(Duration.ofMillis(100)); // returns at once if it died; else a short pause between polls
        }
        return child;
    }

    /** {@code run.sh sim serve} in ladder mode: one pre-created game against the computer; returns once it listens. */
    ChildProcess simServer(int port, List<String> flags, String logName, Duration patience)
            throws IOException, InterruptedException {
        List<String> command = standIn("io.wickedzerg.app.WickedZergCli", "sim", "serve", "--port",
                Integer.toString(port));
        command.addAll(flags);
        ChildProcess child = ChildProcess.start(logName, command, work, Map.of(), logs.resolve(logName + ".out"));
        long end = System.nanoTime() + patience.toNanos();
        while (true) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return child;
            } catch (IOException notYet) {
                if (!child.isAlive() || System.nanoTime() > end) {
                    child.close();
                    throw new IOException("sim serve did not listen on " + port + "; see " + child.log());
                }
                child.awaitExit(Duration.ofMillis(100));
            }
        }
    }

    /**
     * The bot exactly as AI Arena starts it: {@code java -jar WickedZerg.jar --LadderServer 127.0.0.1 --GamePort P
     * --StartPort P --OpponentId ID}, in the bot folder, with {@code extra} flags after them.
     */
    ChildProcess ladderBot(Path botFolder, int port, String opponentId, List<String> extra, Map<String, String> env,
                           String logName) throws IOException {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", "WickedZerg.jar", "--LadderServer", "127.0.0.1",
                "--GamePort", Integer.toString(port), "--StartPort", Integer.toString(port), "--OpponentId",
                opponentId));
        command.addAll(extra);
        return ChildProcess.start(logName, command, botFolder, env, logs.resolve(logName + ".out"));
    }

    /** {@code run.sh flush} with the bot's settings. */
    ChildProcess flush(Map<String, String> env, String logName) throws IOException {
        return ChildProcess.start(logName, List.of(java(), "-cp", classPath(),
                "-Dlogback.configurationFile=" + projectRoot.resolve("config/logback.xml"),
                "io.wickedzerg.app.WickedZergCli", "flush"), work, env, logs.resolve(logName + ".out"));
    }

    static long seconds(long startNanos) {
        return TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - startNanos);
    }
}
