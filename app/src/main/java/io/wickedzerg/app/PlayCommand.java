package io.wickedzerg.app;

import com.github.ocraft.s2client.protocol.game.Difficulty;
import com.github.ocraft.s2client.protocol.game.Race;
import io.wickedzerg.bot.game.OutputLocations;
import io.wickedzerg.bot.core.FailurePolicy;
import io.wickedzerg.bot.game.BotRuntime;
import io.wickedzerg.bot.game.GameClient;
import io.wickedzerg.bot.game.GameReport;
import io.wickedzerg.bot.game.MatchSpec;
import io.wickedzerg.bot.game.ServiceReport;
import io.wickedzerg.bot.game.StepListener;
import io.wickedzerg.app.soak.ParallelGames;
import io.wickedzerg.app.versus.VersusOutcome;
import io.wickedzerg.clients.telemetry.TelemetryMetrics;
import io.wickedzerg.config.HybridConfig;
import io.wickedzerg.sim.data.UnitCatalog;
import io.wickedzerg.sim.map.BuiltInMaps;
import io.wickedzerg.sim.replay.SavedGame;
import io.wickedzerg.sim.map.recorded.RecordedMapException;
import io.wickedzerg.sim.map.recorded.RecordedMapFiles;
import io.wickedzerg.sim.map.recorded.RecordedMapReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code run.sh play}: games against the built-in AI of the headless server started in this process, or with
 * {@code --vs-bot CMD} against another bot that command starts ({@link VersusPlay}).
 */
@Command(name = "play", mixinStandardHelpOptions = true,
        description = "Play against the built-in AI of the headless SC2 server, started in this process, or against "
                + "another bot (--vs-bot).")
final class PlayCommand implements Callable<Integer> {

    static final int MAX_PARALLEL = 8;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--map", description = "Built-in map (default: ${DEFAULT-VALUE}); one of: Wicked Cove, Creep Ridge, Hive Expanse.",
            defaultValue = "Wicked Cove")
    String map;

    @Option(names = "--map-file", paramLabel = "DIR/<Map>", description = "Play on a recorded ladder map instead: the "
            + "pair DIR/<Map>.game_info.pb and DIR/<Map>.observation.pb (as in sc2-fixtures); overrides --map.")
    Path mapFile;

    @Option(names = "--race", description = "Opponent race: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
            defaultValue = "terran")
    OpponentRace race;

    @Option(names = "--difficulty", converter = DifficultyConverter.class, defaultValue = "Easy",
            description = "Built-in AI level: VeryEasy, Easy, Medium, MediumHard, Hard, Harder, VeryHard, CheatVision, "
                    + "CheatMoney, CheatInsane, in any case, also as VERY_HARD or cheat-insane (default: ${DEFAULT-VALUE}).")
    Difficulty difficulty;

    @Option(names = "--seed", description = "Seed of the first game; game i uses seed+i (default: ${DEFAULT-VALUE}).",
            defaultValue = "1")
    long seed;

    @Option(names = "--games", description = "Number of games (default: ${DEFAULT-VALUE}).", defaultValue = "1")
    int games;

    @Option(names = "--realtime", description = "Play at game speed (22.4 loops/s) instead of as fast as possible.")
    boolean realtime;

    @Option(names = "--step-size", description = "Game loops per bot step, 1..8 (default: ${DEFAULT-VALUE}).",
            defaultValue = "2")
    int stepSize;

    @Option(names = "--loop-limit", description = "Game loops until the server calls a tie (default: ${DEFAULT-VALUE}, one game hour).",
            defaultValue = "80640")
    long loopLimit;

    @Option(names = "--build-order", description = "Build order id from config/build-orders, played in every game "
            + "(default: the learner's candidate's, else strategy-defaults.json's).")
    String buildOrder;

    @Option(names = "--strategy-file", description = "Play this parameter set in every game instead of the learner's: "
            + "JSON {\"version\": \"...\", \"parameters\": {\"drone_target\": 61, ...}, \"build_order\": \"roach-timing\"}; "
            + "parameters left out play their default, each one given must be inside its range in strategy-defaults.json.")
    Path strategyFile;

    @Option(names = "--config-dir", description = "Folder with build-orders/ and strategy-defaults.json (default: ${DEFAULT-VALUE}).",
            defaultValue = "config")
    Path configDir;

    @Option(names = "--summary-json", description = "Also write the results as JSON to this file.")
    Path summaryJson;

    @Option(names = "--replay-dir", description = "Save each game's replay into this folder; "
            + "`./run.sh sim replay FILE` plays it again (the summary JSON lists the file and the final state hash).")
    Path replayDir;

    @Option(names = "--request-timeout", description = "Seconds the bot waits for any answer of the in-process server "
            + "before it reports a stall and ends the game undecided (default: ${DEFAULT-VALUE}).", defaultValue = "10")
    double requestTimeoutSeconds;

    @Option(names = "--parallel", description = "Games played at once in this process, 1..8 (default: ${DEFAULT-VALUE}); "
            + "more than --games plays --games at once. Each game prints one line when it ends; the full results follow "
            + "in game order. Not with --realtime or --vs-bot.", defaultValue = "1")
    int parallel;

    @Option(names = "--client", description = "The bot's client, ocraft or wire (default: ${DEFAULT-VALUE}); "
            + "wire reads the server's protobuf straight into the bot's snapshots, ocraft plays through ocraft-s2client. "
            + "A --realtime game always plays on ocraft.", defaultValue = "wire", converter = GameClientConverter.class)
    GameClient client;

    @CommandLine.Mixin
    VersusPlay.Flags versus;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String problem = validate();
        if (problem == null) {
            problem = versus.problem(spec.commandLine().getParseResult());
        }
        if (problem != null) {
            err.println("error: " + problem);
            err.println("Run 'wicked-zerg play --help' for the options.");
            return WickedZergCli.EXIT_BAD_INPUT;
        }
        Optional<HybridConfig> loaded = CliConfig.load(err);
        if (loaded.isEmpty()) {
            return WickedZergCli.EXIT_BAD_INPUT;
        }
        HybridConfig config = loaded.get();
        OutputLocations outputs = OutputLocations.of(config).file("--summary-json", summaryJson);
        if (replayDir != null) {
            outputs.folder("--replay-dir", replayDir);
        }
        Optional<String> unwritable = outputs.firstProblem();
        if (unwritable.isPresent()) {
            err.println("error: " + unwritable.get());
            return WickedZergCli.EXIT_BAD_INPUT;
        }
        String runId = config.instanceId() + "-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Optional<BotRuntime> started = RuntimeStart.open(config, runId,
                new BotRuntime.Options(configDir, buildOrder, FailurePolicy.COUNT_AND_CONTINUE, null,
                        new ChartWriter(), strategyFile), err);
        if (started.isEmpty()) {
            return WickedZergCli.EXIT_BAD_INPUT;
        }
        BotRuntime runtime = started.get();
        List<GameReport> reports = new ArrayList<>();
        Map<String, SavedGame> saved = new LinkedHashMap<>();
        try (runtime) {
            GameRun run = new GameRun(runId, runtime, config, err);
            if (parallel > 1) {
                // the full results in game order once all are in, as a run of one game at a time prints them
                for (Played game : playAtOnce(run, out)) {
                    report(out, game, config, runtime, reports, saved);
                }
            } else {
                for (int i = 0; i < games; i++) {
                    ProgressLine progress = new ProgressLine(out, games > 1 ? "game " + (i + 1) + "/" + games + "  " : "",
                            ProgressLine.stdoutIsTerminal());
                    Played game = run.play(i, progress);
                    if (game == null) {
                        return 1;
                    }
                    progress.end();
                    report(out, game, config, runtime, reports, saved);
                    if (games > 1) {
                        out.println(progressBar(reports));
                    }
                }
            }
        }
        // after close: the clients have had their last chance to deliver
        runtime.serviceReport().lines().forEach(line -> out.println("services: " + line));
        if (games > 1) {
            out.println();
            out.print(WinRateTable.render(reports));
        }
        if (summaryJson != null) {
            try {
                SummaryJson.write(summaryJson, SummaryJson.of(runId, reports, runtime.telemetry().metrics(), saved));
                out.println("summary: " + summaryJson.toAbsolutePath());
            } catch (IOException e) {
                err.println("error: cannot write --summary-json " + summaryJson + ": " + e.getMessage());
                return 1;
            }
        }
        out.flush();
        return 0;
    }

    /** One game's outcome: our report, what the server archived, and the other bot's side with --vs-bot. */
    private record Played(GameReport report, SavedGame saved, Optional<VersusOutcome> versus) {
    }

    /** Plays game i of the run; safe to call from several threads at once (each game has its own server). */
    private final class GameRun {
        private final String runId;
        private final BotRuntime runtime;
        private final HybridConfig config;
        private final PrintWriter err;

        GameRun(String runId, BotRuntime runtime, HybridConfig config, PrintWriter err) {
            this.runId = runId;
            this.runtime = runtime;
            this.config = config;
            this.err = err;
        }

        /** Null when the other bot (--vs-bot) could not play; VersusPlay said why. */
        Played play(int i, StepListener listener) {
            MatchSpec match = new MatchSpec(canonicalMap(), race.ocraft(), difficulty, seed + i, realtime, stepSize, loopLimit);
            String gameId = runId + "-g" + (i + 1);
            if (versus.command() == null) {
                LocalMatchRunner.RecordedGame played = new LocalMatchRunner(
                        Duration.ofMillis(Math.round(requestTimeoutSeconds * 1000)), replayDir,
                        Optional.ofNullable(mapFile), client)
                        .playRecorded(match, runtime.session(match, gameId), listener);
                return new Played(played.report(), played.saved(), Optional.empty());
            }
            Optional<VersusOutcome> outcome = new VersusPlay(versus, config, requestTimeoutSeconds, replayDir, mapFile, err)
                    .play(match, runtime, gameId, listener);
            return outcome.map(v -> new Played(v.ours(), v.saved(), outcome)).orElse(null);
        }
    }

    private static void report(PrintWriter out, Played game, HybridConfig config, BotRuntime runtime,
                               List<GameReport> reports, Map<String, SavedGame> saved) {
        GameReport report = game.report();
        if (game.saved() != null) {
            saved.put(report.gameId(), game.saved());
        }
        reports.add(report);
        printGame(out, report);
        if (game.saved() != null && game.saved().replay() != null) {
            out.println("  replay: " + game.saved().replay().toAbsolutePath() + " (final state hash "
                    + game.saved().finalHashHex() + ")");
        }
        game.versus().ifPresent(v -> out.println("  opponent " + v.opponentLine()));
        ServiceReport.forGame(config, runtime.telemetryUrl(), report.telemetry()).ifPresent(line -> out.println("  " + line));
    }

    /**
     * --parallel: the games on a pool of this process's threads, each with its own server and session; a line and
     * the progress bar as each ends (in any order), the games back in game order.
     */
    private List<Played> playAtOnce(GameRun run, PrintWriter out) {
        Played[] played = new Played[games];
        List<GameReport> finished = new ArrayList<>();
        try {
            new ParallelGames(parallel).<Integer, Played>run(IntStream.range(0, games).boxed().toList(),
                    i -> run.play(i, StepListener.NONE), (i, game) -> {
                        played[i] = game;
                        finished.add(game.report());
                        out.println(finishedLine(i, game.report()));
                        out.println(progressBar(finished));
                        out.flush();
                    });
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        out.println();
        return List.of(played);
    }

    /** The run's progress bar once {@code done} games have ended, with how many of them were won. */
    private String progressBar(List<GameReport> done) {
        return WinRateTable.progressBar(done.size(), games, (int) done.stream().filter(GameReport::won).count());
    }

    /** With --parallel: the one line a finished game gets while others still run (they finish in any order). */
    private String finishedLine(int index, GameReport r) {
        int s = (int) r.gameSeconds();
        return String.format(Locale.ROOT, "game %d/%d (seed %d) %s at %d:%02d game time, %.1f s wall%s", index + 1, games,
                r.seed(), r.result().toUpperCase(Locale.ROOT), s / 60, s % 60, r.wallSeconds(),
                r.lossReason().isEmpty() ? "" : " (" + r.lossReason() + ")");
    }

    private String validate() {
        if (mapFile != null) {
            try {
                new RecordedMapReader(UnitCatalog.standard()).read(RecordedMapFiles.of(mapFile));
            } catch (RecordedMapException e) {
                return "--map-file: " + e.getMessage();
            }
        } else if (BuiltInMaps.standard().byName(map).isEmpty()) {
            return "--map: unknown map '" + map + "'; built-in maps: " + String.join(", ", BuiltInMaps.standard().names());
        }
        if (games < 1 || games > 10_000) {
            return "--games: must be 1..10000, was " + games;
        }
        if (loopLimit < 1000) {
            return "--loop-limit: must be at least 1000, was " + loopLimit;
        }
        if (stepSize < 1 || stepSize > 8) {
            return "--step-size: must be 1..8, was " + stepSize;
        }
        if (requestTimeoutSeconds < 1 || requestTimeoutSeconds > 600) {
            return "--request-timeout: must be 1..600 seconds, was " + requestTimeoutSeconds;
        }
        if (parallel < 1 || parallel > MAX_PARALLEL) {
            return "--parallel: must be 1.." + MAX_PARALLEL + ", was " + parallel;
        }
        if (parallel > 1 && realtime) {
            return "--parallel: not with --realtime; games at game speed are played one at a time";
        }
        if (parallel > 1 && versus.command() != null) {
            return "--parallel: not with --vs-bot; games against another bot are played one at a time";
        }
        if (strategyFile != null && buildOrder != null) {
            return "--build-order: not with --strategy-file; the strategy file's build_order says what to play";
        }
        return null;
    }

    private String canonicalMap() {
        if (mapFile != null) {
            return RecordedMapFiles.of(mapFile).stem();
        }
        return BuiltInMaps.standard().byName(map).orElseThrow().name();
    }

    static void printGame(PrintWriter out, GameReport r) {
        int s = (int) r.gameSeconds();
        out.println(String.format(Locale.ROOT, "%s vs %s on %s (seed %d): %s at %d:%02d game time, %.1f s wall%s",
                r.gameId(), r.opponent(), r.map(), r.seed(), r.result().toUpperCase(Locale.ROOT), s / 60, s % 60,
                r.wallSeconds(), r.lossReason().isEmpty() ? "" : " (" + r.lossReason() + ")"));
        out.println("  " + r.stepTimes().summaryLine());
        if (r.score().killedValue().isPresent() && r.score().lostValue().isPresent()) {
            out.println(String.format(Locale.ROOT, "  killed %.0f, lost %.0f (resources' worth of units and structures)",
                    r.score().killedValue().getAsDouble(), r.score().lostValue().getAsDouble()));
        }
        out.println(String.format(Locale.ROOT, "  build order %s score %.2f; strategy %s; %d strategy parameters updated",
                r.buildOrder(), r.buildOrderScore(), r.modelVersion(), r.parametersUpdated()));
        TelemetryMetrics game = r.telemetry();
        TelemetryMetrics run = r.telemetryRunTotal();
        out.println(String.format(Locale.ROOT,
                "  telemetry: %s (this game: %d events emitted, %d delivered, %d spooled, %d dropped; run so far: %d emitted, %d delivered)",
                r.telemetryTo(), game.emitted(), game.delivered(), game.spooled(), dropped(game), run.emitted(),
                run.delivered()));
        if (r.chart() != null) {
            out.println("  chart: " + r.chart().toAbsolutePath());
        }
        if (!r.connectionProblem().isEmpty()) {
            out.println("  connection: " + r.connectionProblem());
        }
        out.flush();
    }

    private static long dropped(TelemetryMetrics m) {
        return m.droppedQueueFull() + m.droppedAfterShutdown() + m.evicted() + m.deadLettered() + m.lostToDiskErrors();
    }
}
