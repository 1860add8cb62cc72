package io.wickedzerg.app.soak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Plays one soak game in its own JVM, as a user's {@code run.sh play} would: a fresh process per game, so
 * ocraft's per-JVM state and start-up are part of what is soaked. Everything the game writes stays in its
 * folder (summary, log, data); a child that hangs gets its threads dumped before it is killed. The learn command
 * plays its games the same way, with the parameter set to play as extra arguments.
 */
public final class SoakChild {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ChildLauncher launcher;
    private final Duration gameTimeout;
    private final double requestTimeoutSeconds;
    private final long loopLimit;
    private final int closedPort;

    public SoakChild(ChildLauncher launcher, Duration gameTimeout, double requestTimeoutSeconds, long loopLimit, int closedPort) {
        this.launcher = launcher;
        this.gameTimeout = gameTimeout;
        this.requestTimeoutSeconds = requestTimeoutSeconds;
        this.loopLimit = loopLimit;
        this.closedPort = closedPort;
    }

    SoakOutcome play(SoakGame game, Path folder) throws IOException, InterruptedException {
        return play(game, folder, List.of());
    }

    /** @param extraArgs more {@code play} options, e.g. {@code --strategy-file}, after the game's own */
    public SoakOutcome play(SoakGame game, Path folder, List<String> extraArgs) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        Path summary = folder.resolve("summary.json");
        // a game played again in the same folder (a resumed run) must not be read from the last attempt's summary
        Files.deleteIfExists(summary);
        List<String> args = new ArrayList<>(List.of("play", "--seed", String.valueOf(game.seed()), "--map", game.map(),
                "--race", game.race(), "--difficulty", game.difficulty(),
                "--request-timeout", String.valueOf(requestTimeoutSeconds), "--loop-limit", String.valueOf(loopLimit),
                "--summary-json", summary.toAbsolutePath().toString()));
        args.addAll(extraArgs);
        Map<String, String> env = new java.util.LinkedHashMap<>();
        Path absolute = folder.toAbsolutePath();
        env.put("WZ_DATA_DIR", absolute.resolve("data").toString());
        env.put("SPOOL_DIR", absolute.resolve("data/spool").toString());
        env.put("WZ_LOG_DIR", absolute.resolve("logs").toString());
        if (game.hybrid()) {
            String absent = "http://127.0.0.1:" + closedPort;
            env.put("HYBRID_MODE", "hybrid");
            env.put("TELEMETRY_SERVICE_URL", absent);
            env.put("LEARNING_SERVICE_URL", absent);
            env.put("SERVICE_REGISTRY_URL", absent);
        } else {
            env.put("HYBRID_MODE", "local");
        }
        long started = System.nanoTime();
        Process process = launcher.start(args, env, folder.resolve("output.txt"));
        if (!process.waitFor(gameTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
            launcher.dumpThreads(process, folder.resolve("threads.txt"));
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            return failed(game, SoakOutcome.Kind.HUNG, "no end after " + gameTimeout.toSeconds() + " s; threads in "
                    + folder.resolve("threads.txt"), started, folder);
        }
        if (process.exitValue() != 0 || !Files.isRegularFile(summary)) {
            return failed(game, SoakOutcome.Kind.FAILED, "exit code " + process.exitValue() + "; see "
                    + folder.resolve("output.txt"), started, folder);
        }
        return fromSummary(game, JSON.readTree(summary.toFile()).path("games").path(0), folder);
    }

    static SoakOutcome fromSummary(SoakGame game, JsonNode g, Path folder) {
        String result = g.path("result").asText("");
        String problem = g.path("connection_problem").asText("");
        SoakOutcome.Kind kind;
        if (problem.contains("SC2_PROTOCOL_TIMEOUT")) {
            kind = SoakOutcome.Kind.PROTOCOL_TIMEOUT;
        } else if (result.equals("Victory") || result.equals("Defeat") || result.equals("Tie")) {
            kind = SoakOutcome.Kind.RESULT;
        } else {
            kind = SoakOutcome.Kind.UNDECIDED;
        }
        JsonNode steps = g.path("step_time_ms");
        return new SoakOutcome(game, kind, result, g.path("game_seconds").asDouble(), g.path("wall_seconds").asDouble(),
                steps.path("p99").asDouble(), steps.path("max").asDouble(), problem, folder, value(g.path("killed_value")),
                value(g.path("lost_value")));
    }

    /** A number of the summary, or null when it is null or absent (a game without a score, an older summary). */
    private static Double value(JsonNode n) {
        return n.isNumber() ? n.asDouble() : null;
    }

    private static SoakOutcome failed(SoakGame game, SoakOutcome.Kind kind, String problem, long startedNanos, Path folder) {
        return new SoakOutcome(game, kind, "", 0, (System.nanoTime() - startedNanos) / 1e9, 0, 0, problem, folder,
                null, null);
    }
}
