package io.wickedzerg.bot.ladder;

import com.github.ocraft.s2client.bot.S2Coordinator;
import com.github.ocraft.s2client.protocol.game.Race;
import io.wickedzerg.bot.core.FailurePolicy;
import io.wickedzerg.bot.game.BotRuntime;
import io.wickedzerg.bot.game.GameClient;
import io.wickedzerg.bot.game.GameLoop;
import io.wickedzerg.bot.game.GameReport;
import io.wickedzerg.bot.game.MatchSpec;
import io.wickedzerg.bot.game.Opponent;
import io.wickedzerg.bot.game.OutputLocations;
import io.wickedzerg.bot.game.StepListener;
import io.wickedzerg.bot.game.WickedZergBot;
import io.wickedzerg.bot.game.WireBot;
import io.wickedzerg.bot.ocraft.ConnectionStarts;
import io.wickedzerg.bot.strategy.StrategyException;
import io.wickedzerg.bot.telemetry.ChartRenderer;
import io.wickedzerg.config.ConfigException;
import io.wickedzerg.config.HybridConfig;
import io.wickedzerg.config.HybridConfigLoader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;

/**
 * The bot as AI Arena starts it ({@code java -jar WickedZerg.jar --LadderServer H --GamePort P --StartPort S
 * [--OpponentId ID] [--RealTime]}, and {@code [--build-order ID | --strategy-file F] [--step-size N]} when another
 * launcher such as
 * {@code run.sh play --vs-bot} wants a given strategy): join the game the ladder server prepared, play, exit. Manager failures
 * are counted, never fatal; per-opponent learning data lives under data/opponents/ID.
 */
public final class LadderEntry {

    /** Exit code for bad input (flags, config): the game never started. */
    public static final int EXIT_BAD_INPUT = 2;
    /** Exit code when there is no game to join at the address the ladder gave. */
    public static final int EXIT_NO_GAME = 1;
    /** The environment variable that picks the bot's client: wire (the default, also when unset) or ocraft. */
    public static final String CLIENT = "WZ_CLIENT";
    /**
     * How long the wire client waits for any answer: the real game loads the map before it answers the join, and
     * AI Arena itself gives up on a bot after 30 s without a request.
     */
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(120);
    /** How long a game server that is still starting gets to accept the bot's connection. */
    static final Duration SERVER_PATIENCE = Duration.ofSeconds(5);

    private final Duration serverPatience;
    private final ChartRenderer charts;
    private final FinishedGame finished;

    /** What to do with the finished game's report besides printing it, given the folder of its telemetry. */
    @FunctionalInterface
    public interface FinishedGame {
        FinishedGame NONE = (runId, report, folder) -> { };

        void report(String runId, GameReport report, Path folder) throws java.io.IOException;
    }

    /** The AI Arena bot: no chart, nothing written but telemetry. */
    public LadderEntry() {
        this(SERVER_PATIENCE, ChartRenderer.NONE, FinishedGame.NONE);
    }

    /** A launcher that wants the game's chart drawn and its report kept (the command line's jar, for CI games). */
    public LadderEntry(ChartRenderer charts, FinishedGame finished) {
        this(SERVER_PATIENCE, charts, finished);
    }

    LadderEntry(Duration serverPatience) {
        this(serverPatience, ChartRenderer.NONE, FinishedGame.NONE);
    }

    private LadderEntry(Duration serverPatience, ChartRenderer charts, FinishedGame finished) {
        this.serverPatience = serverPatience;
        this.charts = charts;
        this.finished = finished;
    }

    public static void main(String[] args) {
        System.exit(new LadderEntry().run(args, new PrintWriter(System.err, true)));
    }

    public static boolean isLadderLaunch(String[] args) {
        return Arrays.stream(args).anyMatch(a -> a.equals("--LadderServer") || a.equals("--GamePort")
                || a.equals("--StartPort"));
    }

    public int run(String[] args, PrintWriter err) {
        return run(args, err, System.getenv(CLIENT));
    }

    int run(String[] args, PrintWriter err, String clientSetting) {
        Optional<GameClient> client = clientSetting == null || clientSetting.isBlank() ? Optional.of(GameClient.WIRE)
                : GameClient.parse(clientSetting);
        if (client.isEmpty()) {
            err.println("error: " + CLIENT + " must be wire or ocraft, was '" + clientSetting + "'");
            err.flush();
            return EXIT_BAD_INPUT;
        }
        boolean wire = client.get() == GameClient.WIRE;
        if (!wire) {
            // first, so the loading overlaps the config and the runtime; a daemon thread never delays an exit
            new ConnectWarmUp(LadderEntry.class.getClassLoader()).start();
        }
        LadderArgs ladder;
        HybridConfig config;
        try {
            ladder = LadderArgs.parse(args);
            config = HybridConfigLoader.fromSystem().load();
        } catch (IllegalArgumentException | ConfigException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return EXIT_BAD_INPUT;
        }
        Optional<String> unwritable = OutputLocations.of(config).firstProblem();
        if (unwritable.isPresent()) {
            err.println("error: " + unwritable.get());
            err.flush();
            return EXIT_BAD_INPUT;
        }
        if (!GameServerProbe.awaitListening(ladder.ladderServer(), ladder.gamePort(), serverPatience)) {
            err.println("error: no game server at " + ladder.ladderServer() + ":" + ladder.gamePort()
                    + " (--LadderServer, --GamePort): nothing accepted a connection within "
                    + serverPatience.toSeconds() + " s; start the ladder server (or run.sh sim serve --port "
                    + ladder.gamePort() + " --computer-race zerg) first");
            err.flush();
            return EXIT_NO_GAME;
        }
        String opponent = ladder.opponentId().orElse("unknown");
        String runId = config.instanceId() + "-ladder-" + System.currentTimeMillis();
        Path configDir = Files.isDirectory(Path.of("config")) ? Path.of("config") : Path.of(".");
        StepListener firstStep = new FirstStepLine(System.out,
                () -> ManagementFactory.getRuntimeMXBean().getUptime());
        StepListener progress = new LadderProgress(System.out, LadderProgress.EVERY_LOOPS);
        StepListener listener = new LadderSteps(firstStep, progress, System::gc);
        MatchSpec spec = new MatchSpec("ladder", Race.RANDOM, null, 0, ladder.realtime(), ladder.stepSize());
        Function<RuntimeBuild.Gate, RuntimeBuild> building = gate -> RuntimeBuild.start(gate,
                () -> new BotRuntime(config, runId, new BotRuntime.Options(configDir, ladder.buildOrder().orElse(null),
                        FailurePolicy.COUNT_AND_CONTINUE, ladder.opponentId().orElse(null), charts,
                        ladder.strategyFile().orElse(null)), System::nanoTime),
                runtime -> runtime.session(spec, runId + "-" + opponent, Opponent.ladder(ladder.opponentId().orElse(null))));
        if (wire && !ladder.realtime()) {
            return playOnWire(ladder, building, listener, runId, opponent, err);
        }
        // built on its own thread once ocraft has started to connect: ocraft checks a new connection right away and
        // then once a second (S2Client.untilReady), so the build fits in time the start spent waiting, and starting
        // it earlier would only slow ocraft's own start-up down on one CPU
        ConnectionStarts connecting = ConnectionStarts.install();
        RuntimeBuild build = building.apply(connecting::await);
        WickedZergBot bot = new WickedZergBot(build::session, listener);
        S2Coordinator coordinator;
        try {
            coordinator = S2Coordinator.setup()
                    .loadLadderSettings(ladder.forOcraft())
                    .setStepSize(ladder.stepSize())
                    .setParticipants(S2Coordinator.createParticipant(Race.ZERG, bot, "WickedZerg"))
                    .connectToLadder();
        } catch (RuntimeException e) {
            build.abandon();
            connecting.release();
            build.closeWhenBuilt();
            throw e;
        }
        connecting.release();
        BotRuntime runtime;
        try {
            runtime = build.await();
        } catch (StrategyException | ConfigException e) {
            GameLoop.hangUp(coordinator);
            return badInput(e, err);
        }
        GameReport report;
        try (runtime) {
            coordinator.joinGame();
            GameLoop.run(coordinator, bot);
            report = bot.reportOrAbandon();
            printResult(report, opponent);
            keep(runId, report, runtime.chartDir(), err);
            GameLoop.hangUp(coordinator);
        } catch (StrategyException | ConfigException e) {
            return badInput(e, err);
        }
        return counters(runId, report, runtime);
    }

    /**
     * The game on the wire client: the runtime is built from the moment the connection is up (the real game then
     * takes its time to load the map for the join), and the session is waited for at game start.
     */
    private int playOnWire(LadderArgs ladder, Function<RuntimeBuild.Gate, RuntimeBuild> building, StepListener listener,
                           String runId, String opponent, PrintWriter err) {
        CountDownLatch connected = new CountDownLatch(1);
        RuntimeBuild build = building.apply(connected::await);
        WireBot bot = new WireBot(() -> {
            build.await();
            return build.session();
        }, listener);
        GameReport report;
        try {
            report = bot.playLadder(ladder.ladderServer(), ladder.gamePort(), ladder.startPort(), ladder.stepSize(),
                    REQUEST_TIMEOUT, connected::countDown);
        } catch (StrategyException | ConfigException e) {
            build.closeWhenBuilt();
            return badInput(e, err);
        }
        BotRuntime runtime;
        try {
            runtime = build.await();
        } catch (StrategyException | ConfigException e) {
            return badInput(e, err);
        }
        try (runtime) {
            if (!bot.started()) {
                err.println("error: no game joined at " + ladder.ladderServer() + ":" + ladder.gamePort() + ": "
                        + report.connectionProblem());
                err.flush();
                return EXIT_NO_GAME;
            }
            printResult(report, opponent);
            keep(runId, report, runtime.chartDir(), err);
        }
        return counters(runId, report, runtime);
    }

    private static void printResult(GameReport report, String opponent) {
        System.out.println("result " + report.result() + " vs opponent " + opponent + " after "
                + report.gameLoops() + " loops; build order " + report.buildOrder() + "; "
                + report.stepTimes().summaryLine());
    }

    /** After the runtime closed: the clients have sent, spooled or replayed everything they will. */
    private static int counters(String runId, GameReport report, BotRuntime runtime) {
        new LadderRunCounters(runId, report.gameId(), runtime.telemetry().metrics(), runtime.learningMetrics())
                .lines().forEach(System.out::println);
        System.out.flush();
        return 0;
    }

    /** A strategy file's or the config's problem, found after the flags were read: one line, exit 2. */
    private static int badInput(RuntimeException e, PrintWriter err) {
        err.println((e instanceof StrategyException ? "strategy error: " : "error: ") + e.getMessage());
        err.flush();
        return EXIT_BAD_INPUT;
    }

    /** The game was played; a report that cannot be written is a warning, not a failed game. */
    private void keep(String runId, GameReport report, Path folder, PrintWriter err) {
        try {
            finished.report(runId, report, folder);
        } catch (java.io.IOException | RuntimeException e) {
            err.println("warning: the game's report was not written to " + folder + ": " + e);
            err.flush();
        }
    }
}
