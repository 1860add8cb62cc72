package io.wickedzerg.app.learn;

import io.wickedzerg.app.soak.ChildGameOptions;
import io.wickedzerg.app.soak.ChildGamesCommand;
import io.wickedzerg.app.soak.ChildLauncher;
import io.wickedzerg.app.soak.SoakChild;
import io.wickedzerg.app.soak.SoakCommand;
import io.wickedzerg.bot.model.ZergTech;
import io.wickedzerg.bot.strategy.BuildOrderLoader;
import io.wickedzerg.bot.strategy.StrategyDefaults;
import io.wickedzerg.bot.strategy.StrategyDefaultsLoader;
import io.wickedzerg.bot.strategy.StrategyException;
import io.wickedzerg.optimiser.Optimiser;
import io.wickedzerg.optimiser.OptimiserSettings;
import io.wickedzerg.optimiser.OptimiserState;
import io.wickedzerg.optimiser.ParameterSpace;
import io.wickedzerg.sim.engine.Difficulty;
import io.wickedzerg.sim.map.BuiltInMaps;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code run.sh learn}: the proof that learning learns. Generations of the genetic algorithm from a random start,
 * each game a whole game against the built-in AI in its own JVM, then the final best against the initial median
 * and the defaults on fresh seeds, and a report that says whether it improved.
 */
@Command(name = "learn", mixinStandardHelpOptions = true,
        description = "Learn from a random start against the built-in AI for some generations, then evaluate the "
                + "final best against the initial population's median and strategy-defaults.json on fresh seeds; "
                + "report learn.md, learn.json and learn-curve.png.")
public final class LearnCommand extends ChildGamesCommand {

    /** Options that define a run; a resumed run takes them from its folder. */
    private static final List<String> RUN_OPTIONS = List.of("--seed", "--generations", "--population",
            "--games-per-candidate", "--eval-games", "--difficulty", "--loop-limit", "--request-timeout",
            "--game-timeout", "--out");

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the optimiser and of every game (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--generations", defaultValue = "8", description = "Generations to train (default: ${DEFAULT-VALUE}).")
    int generations;

    @Option(names = "--population", description = "Candidates per generation (default: the optimiser's, 10).")
    Integer population;

    @Option(names = "--games-per-candidate", description = "Games per candidate and generation (default: the optimiser's, 2).")
    Integer gamesPerCandidate;

    @Option(names = "--eval-games", defaultValue = "10",
            description = "Evaluation games per contender on fresh seeds (default: ${DEFAULT-VALUE}).")
    int evalGames;

    @Option(names = "--difficulty", defaultValue = "VeryHard",
            description = "Built-in AI level: VeryEasy .. VeryHard in any spelling (default: ${DEFAULT-VALUE}).")
    String difficulty;

    @Option(names = "--out", description = "Folder for the run's files (default: data/learn/<time>).")
    Path out;

    @Option(names = "--resume", description = "Go on with the run in this folder, with its settings; only --parallel may be given too.")
    Path resume;

    public LearnCommand() {
        this(Path.of("").toAbsolutePath());
    }

    LearnCommand(Path projectDir) {
        super(projectDir);
    }

    @Override
    protected int run(PrintWriter console, PrintWriter err) throws Exception {
        RunFolder folder = new RunFolder(resume != null ? resume : out != null ? out : ChildGameOptions.defaultOut("learn"));
        Optional<LearnSettings> stored;
        try {
            stored = folder.readSettings();
        } catch (IOException e) {
            return badInput(err, "--resume: " + folder.settingsFile() + " cannot be read: " + e.getMessage());
        }
        if (resume != null && stored.isEmpty()) {
            return badInput(err, "--resume: " + resume + " holds no learn run (no learn-run.json)");
        }
        if (resume == null && stored.isPresent()) {
            return badInput(err, "--out: " + folder.dir() + " already holds a learn run; go on with it with --resume "
                    + folder.dir() + ", or choose another folder");
        }
        LearnSettings settings = stored.orElseGet(this::settings);
        ParameterSpace space;
        try {
            // the games play in projectDir with its config/, so the parameter sets are over that one
            space = space(projectDir.resolve("config"));
        } catch (StrategyException e) {
            return badInput(err, "strategy error: " + e.getMessage());
        }
        Optional<String> changed = changedSpace(folder, space);
        if (changed.isPresent()) {
            return badInput(err, changed.get());
        }
        try {
            return learn(settings, space, folder, console);
        } catch (IOException | IllegalStateException e) {
            // every game that ended is in the journal: say where, and how to go on
            err.println("error: the run stopped: " + e.getMessage() + "; the games played so far are in "
                    + folder.journalFile().toAbsolutePath() + "; go on with --resume " + folder.dir());
            err.flush();
            return 1;
        }
    }

    private int learn(LearnSettings settings, ParameterSpace space, RunFolder folder, PrintWriter console)
            throws Exception {
        folder.writeSettings(settings);
        Journal journal = Journal.open(folder.journalFile());
        LearnPlan plan = LearnPlan.of(settings, SoakCommand.RACES, BuiltInMaps.standard().names());
        console.printf(Locale.ROOT, "learn: %s%s; generations %d × candidates %d × games %d, then contenders 3 × "
                        + "evaluation games %d: %d games against %s, %d at a time; files under %s%n",
                journal.records().isEmpty() ? "from a random population" : "resuming",
                journal.records().isEmpty() ? "" : " (" + journal.records().size() + " games already played)",
                settings.generations(), settings.population(), settings.gamesPerCandidate(), settings.evalGames(),
                settings.totalGames(), settings.difficulty(), children.parallel, folder.dir().toAbsolutePath());
        console.flush();
        // the port is for hybrid games with their services absent; learn games play in local mode
        SoakChild child = new SoakChild(ChildLauncher.ofThisJvm(projectDir), Duration.ofSeconds(settings.gameTimeout()),
                settings.requestTimeout(), settings.loopLimit(), 0);
        LearnProgress progress = new LearnProgress(console, System::nanoTime, settings.totalGames(),
                journal.records().size());
        LearnReport report = new LearnRun(settings, plan, space, folder, journal, new Optimiser(Clock.systemUTC()),
                new ChildGamePlayer(child, folder, settings.difficulty(), System::nanoTime), children.parallel, progress,
                System::nanoTime)
                .run();
        console.println();
        console.print(ReportMarkdown.of(report, folder.chartFile().toAbsolutePath().toString()));
        console.printf("%nreport: %s, %s, %s%n", folder.markdownFile().toAbsolutePath(), folder.jsonFile().toAbsolutePath(),
                folder.chartFile().toAbsolutePath());
        console.flush();
        return 0;
    }

    private LearnSettings settings() {
        OptimiserSettings defaults = OptimiserSettings.defaults();
        return new LearnSettings(seed, generations, population != null ? population : defaults.populationSize(),
                gamesPerCandidate != null ? gamesPerCandidate : defaults.gamesPerCandidate(), evalGames,
                Difficulty.parse(difficulty).label(), children.loopLimit, children.requestTimeoutSeconds,
                children.gameTimeoutSeconds);
    }

    private static ParameterSpace space(Path config) {
        StrategyDefaults defaults = new StrategyDefaultsLoader().load(config.resolve("strategy-defaults.json"));
        List<String> buildOrders = List.copyOf(new BuildOrderLoader(ZergTech.standard())
                .loadAll(config.resolve("build-orders")).keySet());
        return defaults.space(buildOrders);
    }

    /** A run learns over one space: config/ changed since it began would make its journal mean something else. */
    private static Optional<String> changedSpace(RunFolder folder, ParameterSpace space) {
        try {
            Optional<OptimiserState> state = folder.readState();
            if (state.isPresent() && !state.get().space().equals(space)) {
                return Optional.of("--resume: " + folder.dir() + " learned over other parameters, ranges or build "
                        + "orders than config/ has now; resume it with the config it began with");
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("--resume: " + folder.stateFile() + " cannot be read: " + e.getMessage());
        }
    }

    @Override
    protected String problem() {
        if (resume != null) {
            for (String option : RUN_OPTIONS) {
                if (given(option)) {
                    return option + ": not with --resume; a resumed run keeps the settings it began with "
                            + "(only --parallel may change)";
                }
            }
        }
        if (children.problem() != null) {
            return children.problem();
        }
        if (seed < 0 || seed > 1_000_000) {
            return "--seed: must be 0..1000000, was " + seed;
        }
        if (generations < 1 || generations > 100) {
            return "--generations: must be 1..100, was " + generations;
        }
        if (population != null && (population < 2 || population > 200)) {
            return "--population: must be 2..200, was " + population;
        }
        if (gamesPerCandidate != null && (gamesPerCandidate < 1 || gamesPerCandidate > 100)) {
            return "--games-per-candidate: must be 1..100, was " + gamesPerCandidate;
        }
        if (evalGames < 1 || evalGames > 1000) {
            return "--eval-games: must be 1..1000, was " + evalGames;
        }
        try {
            Difficulty.parse(difficulty);
        } catch (IllegalArgumentException e) {
            return "--difficulty: " + e.getMessage();
        }
        return null;
    }
}
