package io.wickedzerg.app.soak;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
public final class SoakCommand extends ChildGamesCommand {

    /** The built-in AI's races, as the game spells them. */
    public static final List<String> RACES = List.of("Terran", "Zerg", "Protoss");
    static final List<String> MAPS = List.of("Wicked Cove", "Creep Ridge", "Hive Expanse");
    static final List<String> DIFFICULTIES = List.of("VeryEasy", "Easy", "Medium", "MediumHard", "Hard", "Harder",
            "VeryHard");

    @Option(names = "--games", defaultValue = "300", description = "Games to play (default: ${DEFAULT-VALUE}).")
    int games;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the first game; game i uses seed+i-1 (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", description = "Folder for every game's files and soak.json (default: data/soak/<time>).")
    Path out;

    public SoakCommand() {
        this(Path.of("").toAbsolutePath());
    }

    SoakCommand(Path projectDir) {
        super(projectDir);
    }

    @Override
    protected int run(PrintWriter console, PrintWriter err) throws Exception {
        Path folder = out != null ? out : ChildGameOptions.defaultOut("soak");
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            return badInput(err, "--out: cannot create " + folder + ": " + e.getMessage());
        }
        List<SoakGame> plan = new SoakPlan(RACES, MAPS, DIFFICULTIES).games(games, seed);
        console.printf(Locale.ROOT, "soak: %d games, %d at a time, files under %s%n", games, children.parallel,
                folder.toAbsolutePath());
        console.flush();
        SoakChild child = new SoakChild(ChildLauncher.ofThisJvm(projectDir),
                Duration.ofSeconds(children.gameTimeoutSeconds), children.requestTimeoutSeconds, children.loopLimit,
                closedPort());
        long started = System.nanoTime();
        List<SoakOutcome> outcomes = run(plan, child, folder, console);
        SoakReport report = new SoakReport(outcomes, children.parallel, (System.nanoTime() - started) / 1e9);
        report.writeJson(folder.resolve("soak.json"));
        console.println();
        console.print(report.table());
        console.println("soak.json: " + folder.resolve("soak.json").toAbsolutePath());
        console.flush();
        return report.allDecided() ? 0 : 1;
    }

    private List<SoakOutcome> run(List<SoakGame> plan, SoakChild child, Path folder, PrintWriter console)
            throws Exception {
        List<SoakOutcome> outcomes = new ArrayList<>();
        new ParallelGames(children.parallel).<SoakGame, SoakOutcome>run(plan,
                game -> child.play(game, folder.resolve(game.folder())),
                (game, outcome) -> {
                    outcomes.add(outcome);
                    progress(console, outcomes.size(), plan.size(), outcome);
                });
        return outcomes;
    }

    private static void progress(PrintWriter console, int done, int total, SoakOutcome o) {
        int s = (int) Math.round(o.gameSeconds());
        String what = o.ok() ? String.format(Locale.ROOT, "%s at %d:%02d", o.result(), s / 60, s % 60)
                : o.kind() + ": " + o.problem();
        console.printf(Locale.ROOT, "[%3d/%d] game %d %s: %s, %.1f s wall%n", done, total, o.game().index(),
                o.game().label(), what, o.wallSeconds());
        console.flush();
    }

    /** A loopback port nobody listens on: the "absent" services of hybrid games. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    protected String problem() {
        if (games < 1 || games > 10_000) {
            return "--games: must be 1..10000, was " + games;
        }
        return children.problem();
    }
}
