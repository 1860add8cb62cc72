package io.wickedzerg.app.soak;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code run.sh soak}: many whole games, a few at a time, each in its own JVM as a user runs it, with races,
 * maps, difficulties and local/hybrid mode mixed. Every game without a result is counted by why; the exit
 * code is 0 only when every game ended with a victory, defeat or tie.
 */
@Command(name = "soak", mixinStandardHelpOptions = true,
        description = "Play many whole games, several at a time in separate processes, and count every game that "
                + "ended without a result (undecided, protocol timeout, crash, hang).")
public final class SoakCommand implements Callable<Integer> {

    static final List<String> RACES = List.of("Terran", "Zerg", "Protoss");
    static final List<String> MAPS = List.of("Wicked Cove", "Creep Ridge", "Hive Expanse");
    static final List<String> DIFFICULTIES = List.of("VeryEasy", "Easy", "Medium", "MediumHard", "Hard", "Harder",
            "VeryHard");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--games", defaultValue = "300", description = "Games to play (default: ${DEFAULT-VALUE}).")
    int games;

    @Option(names = "--parallel", defaultValue = "2", description = "Games at a time (default: ${DEFAULT-VALUE}).")
    int parallel;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the first game; game i uses seed+i-1 (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--request-timeout", defaultValue = "10",
            description = "Seconds a game waits for an answer before it counts as a protocol timeout (default: ${DEFAULT-VALUE}).")
    double requestTimeoutSeconds;

    @Option(names = "--game-timeout", defaultValue = "900",
            description = "Wall seconds after which a game's process is dumped and killed as hung (default: ${DEFAULT-VALUE}).")
    long gameTimeoutSeconds;

    @Option(names = "--loop-limit", defaultValue = "80640",
            description = "Game loops until a game is a tie (default: ${DEFAULT-VALUE}, one game hour).")
    long loopLimit;

    @Option(names = "--out", description = "Folder for every game's files and soak.json (default: data/soak/<time>).")
    Path out;

    private final Path projectDir;

    public SoakCommand() {
        this(Path.of("").toAbsolutePath());
    }

    /** A soak whose games run in {@code projectDir}, the folder with config/ (tests pass the checkout's root). */
    SoakCommand(Path projectDir) {
        this.projectDir = projectDir;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter console = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String problem = validate();
        if (problem != null) {
            err.println("error: " + problem);
            return 2;
        }
        Path folder = out != null ? out
                : Path.of("data", "soak", LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            err.println("error: --out: cannot create " + folder + ": " + e.getMessage());
            return 2;
        }
        List<SoakGame> plan = new SoakPlan(RACES, MAPS, DIFFICULTIES).games(games, seed);
        console.printf(Locale.ROOT, "soak: %d games, %d at a time, files under %s%n", games, parallel, folder.toAbsolutePath());
        console.flush();
        SoakChild child = new SoakChild(ChildLauncher.ofThisJvm(projectDir), Duration.ofSeconds(gameTimeoutSeconds),
                requestTimeoutSeconds, loopLimit, closedPort());
        long started = System.nanoTime();
        List<SoakOutcome> outcomes = run(plan, child, folder, console);
        SoakReport report = new SoakReport(outcomes, parallel, (System.nanoTime() - started) / 1e9);
        report.writeJson(folder.resolve("soak.json"));
        console.println();
        console.print(report.table());
        console.println("soak.json: " + folder.resolve("soak.json").toAbsolutePath());
        console.flush();
        return report.allDecided() ? 0 : 1;
    }

    private List<SoakOutcome> run(List<SoakGame> plan, SoakChild child, Path folder, PrintWriter console)
            throws Exception {
        ConcurrentLinkedQueue<SoakGame> todo = new ConcurrentLinkedQueue<>(plan);
        List<SoakOutcome> outcomes = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < parallel; w++) {
                workers.add(pool.submit(() -> {
                    for (SoakGame game = todo.poll(); game != null; game = todo.poll()) {
                        SoakOutcome outcome = child.play(game, folder.resolve(game.folder()));
                        outcomes.add(outcome);
                        progress(console, done.incrementAndGet(), plan.size(), outcome);
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return outcomes;
    }

    private static void progress(PrintWriter console, int done, int total, SoakOutcome o) {
        int s = (int) Math.round(o.gameSeconds());
        String what = o.ok() ? String.format(Locale.ROOT, "%s at %d:%02d", o.result(), s / 60, s % 60)
                : o.kind() + ": " + o.problem();
        synchronized (console) {
            console.printf(Locale.ROOT, "[%3d/%d] game %d %s: %s, %.1f s wall%n", done, total, o.game().index(),
                    o.game().label(), what, o.wallSeconds());
            console.flush();
        }
    }

    /** A loopback port nobody listens on: the "absent" services of hybrid games. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private String validate() {
        if (games < 1 || games > 10_000) {
            return "--games: must be 1..10000, was " + games;
        }
        if (parallel < 1 || parallel > 16) {
            return "--parallel: must be 1..16, was " + parallel;
        }
        if (requestTimeoutSeconds < 1 || requestTimeoutSeconds > 600) {
            return "--request-timeout: must be 1..600 seconds, was " + requestTimeoutSeconds;
        }
        if (loopLimit < 1000) {
            return "--loop-limit: must be at least 1000, was " + loopLimit;
        }
        if (gameTimeoutSeconds < 30) {
            return "--game-timeout: must be at least 30 seconds, was " + gameTimeoutSeconds;
        }
        return null;
    }
}
