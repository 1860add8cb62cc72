package io.wickedzerg.app;

import com.github.ocraft.s2client.bot.S2Coordinator;
import com.github.ocraft.s2client.bot.setting.PlayerSettings;
import com.github.ocraft.s2client.protocol.game.Difficulty;
import com.github.ocraft.s2client.protocol.game.LocalMap;
import com.github.ocraft.s2client.protocol.game.Race;
import io.wickedzerg.bot.game.OutputLocations;
import io.wickedzerg.bot.core.FailurePolicy;
import io.wickedzerg.bot.game.BotRuntime;
import io.wickedzerg.bot.game.GameLoop;
import io.wickedzerg.bot.game.GameReport;
import io.wickedzerg.bot.game.MatchSpec;
import io.wickedzerg.bot.game.WickedZergBot;
import io.wickedzerg.config.HybridConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code run.sh sc2}: a real StarCraft II through ocraft. We find the game ourselves and fail with exit
 * 2 when it is missing, because ocraft's own discovery calls System.exit(0).
 */
@Command(name = "sc2", mixinStandardHelpOptions = true,
        description = "Play in a real StarCraft II (SC2PATH or the standard install) against its built-in AI.")
final class Sc2Command implements Callable<Integer> {

    /** Exit code when the game was found but did not start, answer or create the game. */
    static final int EXIT_GAME_FAILED = 1;

    private static final Logger log = LoggerFactory.getLogger(Sc2Command.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--map", description = "Map file (.SC2Map), absolute or relative to the game's Maps folder.",
            required = true)
    String map;

    @Option(names = "--race", description = "Opponent race: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
            defaultValue = "terran")
    OpponentRace race;

    @Option(names = "--difficulty", converter = DifficultyConverter.class, defaultValue = "Easy",
            description = "Built-in AI level: VeryEasy, Easy, Medium, MediumHard, Hard, Harder, VeryHard, CheatVision, "
                    + "CheatMoney, CheatInsane, in any case, also as VERY_HARD or cheat-insane (default: ${DEFAULT-VALUE}).")
    Difficulty difficulty;

    @Option(names = "--realtime", description = "Play at game speed.")
    boolean realtime;

    @Option(names = "--config-dir", defaultValue = "config", description = "Strategy folder (default: ${DEFAULT-VALUE}).")
    Path configDir;

    @Option(names = "--data-version", description = "The game's data version (32 hexadecimal digits), only for a build "
            + "ocraft-s2client does not know (default: the one of the installed Versions/Base<build>).")
    String dataVersion;

    /** Environment lookup, replaceable in tests. */
    Map<String, String> environment = System.getenv();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Optional<Sc2Install.Game> game = Sc2Install.find(environment);
        if (game.isEmpty()) {
            err.println("error: StarCraft II is not installed: set SC2PATH to the game folder (looked in "
                    + String.join(", ", Sc2Install.candidates(environment).stream().map(Path::toString).toList())
                    + "). Without the game, use 'run.sh play' (headless server).");
            return WickedZergCli.EXIT_BAD_INPUT;
        }
        Sc2Launch launch;
        try {
            launch = Sc2Launch.plan(game.get(), map, dataVersion);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Optional<HybridConfig> loaded = CliConfig.load(err);
        if (loaded.isEmpty()) {
            return WickedZergCli.EXIT_BAD_INPUT;
        }
        HybridConfig config = loaded.get();
        Optional<String> unwritable = OutputLocations.of(config).firstProblem();
        if (unwritable.isPresent()) {
            err.println("error: " + unwritable.get());
            return WickedZergCli.EXIT_BAD_INPUT;
        }
        Race opponent = race.ocraft();
        String runId = config.instanceId() + "-sc2-" + System.currentTimeMillis();
        Optional<BotRuntime> started = RuntimeStart.open(config, runId,
                new BotRuntime.Options(configDir, null, FailurePolicy.COUNT_AND_CONTINUE, null, new ChartWriter()), err);
        if (started.isEmpty()) {
            return WickedZergCli.EXIT_BAD_INPUT;
        }
        try (BotRuntime runtime = started.get()) {
            MatchSpec match = new MatchSpec(map, opponent, difficulty, 0, realtime, 1);
            ProgressLine progress = new ProgressLine(spec.commandLine().getOut(), "",
                    ProgressLine.stdoutIsTerminal());
            WickedZergBot bot = new WickedZergBot(runtime.session(match, runId), progress);
            S2Coordinator coordinator;
            try {
                coordinator = launch(launch, bot, opponent);
            } catch (RuntimeException e) {
                log.debug("the game did not start", e);
                err.println("error: StarCraft II (" + launch.executable() + ") did not start a game: " + reason(e));
                return EXIT_GAME_FAILED;
            }
            GameLoop.run(coordinator, bot);
            progress.end();
            GameReport report = bot.reportOrAbandon();
            PlayCommand.printGame(spec.commandLine().getOut(), report);
            // quits the game: ocraft ends the process it started
            GameLoop.hangUp(coordinator);
        }
        return 0;
    }

    /** ocraft's own launch path: it starts the executable, retries until it answers, creates the game and joins. */
    private S2Coordinator launch(Sc2Launch launch, WickedZergBot bot, Race opponent) {
        List<PlayerSettings> players = List.of(S2Coordinator.createParticipant(Race.ZERG, bot, "WickedZerg"),
                S2Coordinator.createComputer(opponent, difficulty));
        Set<Long> before = childPids();
        S2Coordinator coordinator;
        try {
            coordinator = S2Coordinator.setup()
                    .setProcessPath(launch.executable())
                    .setDataVersion(launch.dataVersion().orElse(null))
                    .setNeedsSupportDir(launch.needsSupportDir())
                    .setPortStart(freePort())
                    .setRealtime(realtime)
                    .setParticipants(players.toArray(PlayerSettings[]::new))
                    .launchStarcraft();
        } catch (RuntimeException e) {
            // a game that never answered is still running, and ocraft keeps its process to itself: end what it started
            ProcessHandle.current().children().filter(p -> !before.contains(p.pid())).forEach(ProcessHandle::destroy);
            throw e;
        }
        try {
            // ocraft's startGame is create_game then join_game, but it joins even when create_game failed and the
            // bot then fails in an empty game: asking for create_game here stops at the real problem
            if (!bot.control().createGame(LocalMap.of(launch.map()), players, realtime)) {
                throw new IllegalStateException("create_game on " + launch.map() + " failed (the game's answer is "
                        + "logged above)");
            }
            return coordinator.joinGame();
        } catch (RuntimeException e) {
            // the game runs but would not play this map: end the process ocraft started
            GameLoop.hangUp(coordinator);
            throw e;
        }
    }

    /** ocraft's own message, and what it wraps (e.g. "error=13, Permission denied"). */
    private static String reason(Throwable e) {
        Throwable cause = e.getCause();
        return cause == null || cause.getMessage() == null ? e.getMessage() : e.getMessage() + " (" + cause.getMessage() + ")";
    }

    private static Set<Long> childPids() {
        return ProcessHandle.current().children().map(ProcessHandle::pid).collect(Collectors.toSet());
    }

    /** ocraft's default port, 5000, may be taken (another game, another program); the game gets a free one. */
    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on the loopback address", e);
        }
    }
}
