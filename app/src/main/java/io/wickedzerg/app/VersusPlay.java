package io.wickedzerg.app;

import io.wickedzerg.app.versus.VersusException;
import io.wickedzerg.app.versus.VersusMatchRunner;
import io.wickedzerg.app.versus.VersusOutcome;
import io.wickedzerg.bot.game.BotRuntime;
import io.wickedzerg.bot.game.MatchSpec;
import io.wickedzerg.bot.game.Opponent;
import io.wickedzerg.bot.game.StepListener;
import io.wickedzerg.config.HybridConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code play --vs-bot CMD}: one game of ours against the bot CMD starts, with CMD's output in
 * {@code <data_dir>/versus/<game id>-opponent.log}. The other bot picks its own race, so {@code --race} and
 * {@code --difficulty} are refused with it; our bot's options (build order, strategy file, seed, map, loop limit,
 * summary) apply as ever.
 */
final class VersusPlay {
    /** Added to the other bot's environment: if it is our own jar, it keeps its spool, registration and logs apart. */
    static final String INSTANCE_SUFFIX = "-opponent";

    /** The flags, a picocli mixin of {@link PlayCommand}. */
    static final class Flags {
        @Option(names = "--vs-bot", paramLabel = "CMD", description = "Play against the bot this command starts (run by "
                + "bash in this folder, the ladder flags --LadderServer 127.0.0.1 --GamePort P --StartPort P --OpponentId "
                + VersusMatchRunner.OUR_LADDER_ID + " appended), e.g. \\\"java -jar app/target/wicked-zerg.jar "
                + "--build-order 12-pool\\\"; its output goes to data/versus/. Not with --race or --difficulty.")
        String command;

        @Option(names = "--vs-bot-join-timeout", defaultValue = "60", paramLabel = "SECONDS",
                description = "Seconds the --vs-bot bot gets to join the game before it is killed (default: ${DEFAULT-VALUE}).")
        long joinTimeoutSeconds;

        String command() {
            return command;
        }

        /** What is wrong with these flags given the rest of the command line, naming the flag; null when nothing is. */
        String problem(CommandLine.ParseResult parsed) {
            if (command == null) {
                return null;
            }
            if (command.isBlank()) {
                return "--vs-bot: the command is empty; give the other bot's command line, e.g. "
                        + "\"java -jar app/target/wicked-zerg.jar --build-order 12-pool\"";
            }
            for (String builtInOnly : new String[] {"--race", "--difficulty"}) {
                if (parsed.hasMatchedOption(builtInOnly)) {
                    return builtInOnly + ": not with --vs-bot; the other bot is no built-in AI and picks its own race";
                }
            }
            if (joinTimeoutSeconds < 1 || joinTimeoutSeconds > 3600) {
                return "--vs-bot-join-timeout: must be 1..3600 seconds, was " + joinTimeoutSeconds;
            }
            return null;
        }
    }

    private final Flags flags;
    private final HybridConfig config;
    private final double requestTimeoutSeconds;
    private final Path replayDir;
    private final Path mapFile;
    private final PrintWriter err;

    VersusPlay(Flags flags, HybridConfig config, double requestTimeoutSeconds, Path replayDir, Path mapFile,
               PrintWriter err) {
        this.flags = flags;
        this.config = config;
        this.requestTimeoutSeconds = requestTimeoutSeconds;
        this.replayDir = replayDir;
        this.mapFile = mapFile;
        this.err = err;
    }

    /** The game's outcome, or empty after printing why it could not be played. */
    Optional<VersusOutcome> play(MatchSpec match, BotRuntime runtime, String gameId, StepListener progress) {
        VersusMatchRunner runner = new VersusMatchRunner(new VersusMatchRunner.Settings(flags.command,
                Duration.ofSeconds(flags.joinTimeoutSeconds), Duration.ofMillis(Math.round(requestTimeoutSeconds * 1000)),
                Path.of("").toAbsolutePath(), Map.of("WZ_INSTANCE_ID", config.instanceId() + INSTANCE_SUFFIX,
                        "WZ_LOG_DIR", versusDir().resolve(gameId + "-opponent-logs").toString()), replayDir, mapFile));
        try {
            return Optional.of(runner.play(match, runtime.session(match, gameId, Opponent.labelled("bot")), progress,
                    versusDir().resolve(gameId + "-opponent.log")));
        } catch (VersusException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return Optional.empty();
        }
    }

    private Path versusDir() {
        return config.dataDir().resolve("versus");
    }
}
