package io.wickedzerg.app;

import com.github.ocraft.s2client.bot.S2Coordinator;
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
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
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

    /** Environment lookup, replaceable in tests. */
    Map<String, String> environment = System.getenv();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Optional<Path> exe = Sc2Install.find(environment);
        if (exe.isEmpty()) {
            err.println("error: StarCraft II is not installed: set SC2PATH to the game folder (looked in "
                    + String.join(", ", Sc2Install.candidates(environment).stream().map(Path::toString).toList())
                    + "). Without the game, use 'run.sh play' (headless server).");
            return WickedZergCli.EXIT_BAD_INPUT;
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
            S2Coordinator coordinator = S2Coordinator.setup()
                    .setProcessPath(exe.get())
                    .setRealtime(realtime)
                    .setParticipants(S2Coordinator.createParticipant(Race.ZERG, bot, "WickedZerg"),
                            S2Coordinator.createComputer(opponent, difficulty))
                    .launchStarcraft()
                    .startGame(LocalMap.of(Path.of(map)));
            GameLoop.run(coordinator, bot);
            progress.end();
            GameReport report = bot.reportOrAbandon();
            PlayCommand.printGame(spec.commandLine().getOut(), report);
            GameLoop.hangUp(coordinator);
        }
        return 0;
    }
}
