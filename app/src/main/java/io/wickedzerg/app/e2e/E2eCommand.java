package io.wickedzerg.app.e2e;

import io.wickedzerg.app.WickedZergCli;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code run.sh e2e}: the hybrid architecture end to end with real processes. The telemetry and learning services
 * (each its own JVM, SQLite under the run's {@code data/}), {@code sim serve} in ladder mode, and the bot packaged as
 * for AI Arena with {@code HYBRID_MODE=hybrid}; the telemetry service is killed with SIGKILL a third of the way into
 * the game and started again at two thirds, the learning service is killed then and comes back after the bot
 * exited; {@code run.sh flush} delivers the spooled result. Then the same game again, with telemetry off and in
 * hybrid mode in turn, for the step times, and one table; exit 1 when a row fails.
 */
@Command(name = "e2e", mixinStandardHelpOptions = true,
        description = "Play the bot (packaged for AI Arena, hybrid mode) against sim serve with the telemetry and learning "
                + "services as separate processes killed and restarted mid-game; check that every event and the result "
                + "arrive exactly once and compare step times with the same game with telemetry off. Exit 1 when a check fails.")
public final class E2eCommand implements Callable<Integer> {

    static final int EXIT_FAILED = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of both games (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--computer-race", defaultValue = "terran",
            description = "The computer's race: terran, zerg, protoss (default ${DEFAULT-VALUE}).")
    String computerRace;

    @Option(names = "--difficulty", defaultValue = "easy",
            description = "The computer's difficulty, as sim serve takes it (default ${DEFAULT-VALUE}).")
    String difficulty;

    @Option(names = "--kill-at-loop", defaultValue = "3000", description = "Game loop at which the telemetry service is "
            + "killed (kill -9), about a third of a game against Easy (default ${DEFAULT-VALUE}).")
    long killAtLoop;

    @Option(names = "--restart-at-loop", defaultValue = "6000", description = "Game loop at which it is started again "
            + "and the learning service is killed, about two thirds (default ${DEFAULT-VALUE}).")
    long restartAtLoop;

    @Option(names = "--game-timeout", defaultValue = "1200", description = "Longest wall time of one game, seconds "
            + "(default ${DEFAULT-VALUE}).")
    long gameTimeoutSeconds;

    @Option(names = "--step-time-tolerance", defaultValue = "5", description = "How much higher (percent) the hybrid "
            + "games' step-time p99 may be than the telemetry-off games', as the rounds' Hodges-Lehmann estimate, on the "
            + "bot's timer and on the server's clock (default ${DEFAULT-VALUE}).")
    double stepTimeTolerancePercent;

    @Option(names = "--step-time-rounds", defaultValue = "2", description = "Rounds of the step-time comparison, each "
            + "the game once in hybrid mode and once with telemetry off, back to back, the order flipping each round; "
            + "each round gives one ratio of p99s (1..50, default ${DEFAULT-VALUE}; about 30 s a round).")
    int stepTimeRounds;

    @Option(names = "--out", description = "Folder for the run's data and logs (default: a new temporary folder).")
    Path out;

    @Override
    public Integer call() throws Exception {
        PrintWriter say = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<String> bad = badOption();
        if (bad.isPresent()) {
            err.println("error: " + bad.get());
            err.flush();
            return WickedZergCli.EXIT_BAD_INPUT;
        }
        Path root = Path.of("").toAbsolutePath();
        if (!Files.isDirectory(root.resolve("config/build-orders"))) {
            err.println("error: e2e runs from the project folder (run.sh e2e); " + root + " has no config/build-orders");
            err.flush();
            return WickedZergCli.EXIT_BAD_INPUT;
        }
        long start = System.nanoTime();
        Path work = (out != null ? Files.createDirectories(out) : Files.createTempDirectory("wz-e2e")).toAbsolutePath();
        say.println("e2e: working in " + work + " (data/, logs/, the AI Arena bot folder)");
        say.flush();
        Path botFolder = work.resolve("WickedZerg");
        int packaged = WickedZergCli.execute(say, err, "package-ladder", "--out", botFolder.toString());
        if (packaged != 0) {
            err.println("error: e2e: package-ladder failed (exit " + packaged + ")");
            return EXIT_FAILED;
        }
        Files.writeString(work.resolve("hybrid_config.json"), "{}\n");
        // one parameter set for both games (the defaults), so the telemetry-off game replays the hybrid one
        Files.writeString(work.resolve("strategy.json"), "{\"version\": \"e2e-defaults\", \"parameters\": {}}\n");
        ServiceQueries queries = new ServiceQueries();
        JavaChildren children = new JavaChildren(root, work, queries);
        E2eGames games = new E2eGames(children, queries, work, botFolder, say, Duration.ofSeconds(gameTimeoutSeconds));
        E2eReport report;
        try {
            report = E2eReport.of(games.play(simFlags(),
                "e2e-" + computerRace.toLowerCase(Locale.ROOT) + "-" + difficulty.toLowerCase(Locale.ROOT), killAtLoop, restartAtLoop, stepTimeTolerancePercent / 100,
                    stepTimeRounds));
        } catch (IOException e) {
            err.println("error: e2e: " + e.getMessage());
            err.flush();
            return EXIT_FAILED;
        }
        say.println();
        say.print(report.table());
        say.println(String.format(Locale.ROOT, "e2e: %s in %d s; logs in %s", report.passed() ? "passed"
                : "FAILED (" + report.failed().size() + " check(s))", JavaChildren.seconds(start), work.resolve("logs")));
        say.flush();
        return report.passed() ? 0 : EXIT_FAILED;
    }

    private List<String> simFlags() {
        return new ArrayList<>(List.of("--computer-race", computerRace, "--difficulty", difficulty, "--seed",
                Long.toString(seed)));
    }

    private Optional<String> badOption() {
        if (killAtLoop < 1) {
            return Optional.of("--kill-at-loop must be >= 1, was " + killAtLoop);
        }
        if (restartAtLoop <= killAtLoop) {
            return Optional.of("--restart-at-loop must be after --kill-at-loop (" + killAtLoop + "), was " + restartAtLoop);
        }
        if (gameTimeoutSeconds < 1) {
            return Optional.of("--game-timeout must be >= 1 second, was " + gameTimeoutSeconds);
        }
        if (!(stepTimeTolerancePercent >= 0)) {
            return Optional.of("--step-time-tolerance must be a percentage >= 0, was " + stepTimeTolerancePercent);
        }
        if (stepTimeRounds < 1 || stepTimeRounds > 50) {
            return Optional.of("--step-time-rounds must be 1 to 50, was " + stepTimeRounds);
        }
        return Optional.empty();
    }

    /** The last game loop a bot's progress lines gave; -1 before the first. */
    static long lastLoop(ChildProcess bot) {
        List<String> lines = bot.lines();
        for (int i = lines.size() - 1; i >= 0; i--) {
            OptionalLong loop = BotRun.progressLoop(lines.get(i));
            if (loop.isPresent()) {
                return loop.getAsLong();
            }
        }
        return -1;
    }

    static URI local(int port) {
        return URI.create("http://127.0.0.1:" + port);
    }
}
