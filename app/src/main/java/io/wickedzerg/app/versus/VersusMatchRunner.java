package io.wickedzerg.app.versus;

import com.github.ocraft.s2client.bot.S2Coordinator;
import com.github.ocraft.s2client.protocol.game.Race;
import io.wickedzerg.bot.game.GameLoop;
import io.wickedzerg.bot.game.GameReport;
import io.wickedzerg.bot.game.GameSession;
import io.wickedzerg.bot.game.MatchSpec;
import io.wickedzerg.bot.game.StepListener;
import io.wickedzerg.bot.game.WickedZergBot;
import io.wickedzerg.sim.replay.SavedGame;
import io.wickedzerg.sim.server.SimServer;
import io.wickedzerg.sim.server.SimServerOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Plays our bot against another bot, as AI Arena does: a fresh in-process server in bot-vs-bot ladder mode
 * ({@code sim serve --players 2}), the other bot started by its command with the ladder flags
 * ({@code --LadderServer 127.0.0.1 --GamePort P --StartPort P --OpponentId ID [--RealTime]}), ours joining once it is
 * in. Waiting for its join first keeps our join from timing out while its JVM starts; so it is player 1, ours 2.
 */
public final class VersusMatchRunner {
    /** The id the other bot gets for us with {@code --OpponentId}, as AI Arena names a bot's opponent. */
    public static final String OUR_LADDER_ID = "WickedZerg";
    /** How long the other bot gets, after the game ended and ours left, to save its data and exit. */
    static final Duration EXIT_PATIENCE = Duration.ofSeconds(60);

    /**
     * @param command        the other bot's command line, run by bash
     * @param joinTimeout    how long it gets from its start to join the game
     * @param requestTimeout how long our bot waits for any answer; a step waits for the other bot's step too
     * @param workDir        where it runs (our project folder, so relative paths mean the same to both)
     * @param env            added to its environment
     * @param replayDir      where the server saves the game's replay; null for none (the game is still recorded)
     * @param mapFile        a recorded map ({@code DIR/<Map>}) the server offers besides its built-in ones; may be null
     */
    public record Settings(String command, Duration joinTimeout, Duration requestTimeout, Path workDir,
                           Map<String, String> env, Path replayDir, Path mapFile) {
    }

    private final Settings settings;

    public VersusMatchRunner(Settings settings) {
        this.settings = settings;
    }

    /** Plays one game; {@code opponentLog} receives the other bot's output. */
    public VersusOutcome play(MatchSpec spec, GameSession session, StepListener listener, Path opponentLog) {
        SimServerOptions.Builder builder = SimServerOptions.builder().port(0).seed(spec.seed()).realtime(spec.realtime())
                .mapName(spec.map()).loopLimit(spec.loopLimit()).ladderBotVsBot(true).replayDir(settings.replayDir());
        if (settings.mapFile() != null) {
            builder.mapFile(settings.mapFile());
        }
        SimServerOptions options = builder.build();
        try (SimServer server = SimServer.start(options);
             OpponentBot opponent = OpponentBot.launch(settings.command(), ladderFlags(server.port(), spec.realtime(), true),
                     settings.workDir(), settings.env(), opponentLog)) {
            if (!opponent.awaitJoin(() -> server.joinedParticipants() > 0, settings.joinTimeout())) {
                String state = opponent.state();
                opponent.kill();
                throw new VersusException("--vs-bot: the other bot did not join the game within "
                        + settings.joinTimeout().toSeconds() + " s (--vs-bot-join-timeout); its process " + state
                        + "; its output: " + opponent.log().toAbsolutePath());
            }
            WickedZergBot bot = new WickedZergBot(session, listener);
            S2Coordinator coordinator = join(bot, server.port(), spec, opponent);
            GameReport ours = GameLoop.playToEnd(coordinator, bot);
            // the server stays up until the other bot is done: it may still ask for its last observation
            OptionalInt exit = opponent.awaitExit(EXIT_PATIENCE);
            String theirs = bot.playerResults().entrySet().stream().filter(e -> e.getKey() != bot.playerId())
                    .map(Map.Entry::getValue).findFirst().orElse("Undecided");
            // both have left by now, so the server has saved the game
            SavedGame saved = server.savedGames().isEmpty() ? null : server.savedGames().get(0);
            return new VersusOutcome(ours, bot.playerId(), theirs, exit, opponent.log(), saved);
        }
    }

    private S2Coordinator join(WickedZergBot bot, int port, MatchSpec spec, OpponentBot opponent) {
        try {
            return S2Coordinator.setup()
                    .loadLadderSettings(ladderFlags(port, spec.realtime(), false).toArray(String[]::new))
                    .setStepSize(spec.stepSize())
                    .setTimeoutMS((int) settings.requestTimeout().toMillis())
                    .setParticipants(S2Coordinator.createParticipant(Race.ZERG, bot, "WickedZerg"))
                    .connectToLadder()
                    .joinGame();
        } catch (RuntimeException e) {
            opponent.kill();
            throw new VersusException("--vs-bot: our bot could not join the game the other bot joined (" + e.getMessage()
                    + "); the other bot's process " + opponent.state() + "; its output: " + opponent.log().toAbsolutePath(), e);
        }
    }

    /** AI Arena's flags; ocraft's parser takes no {@code --OpponentId}, so ours go without it. */
    static List<String> ladderFlags(int port, boolean realtime, boolean withOpponentId) {
        List<String> flags = new ArrayList<>(List.of("--LadderServer", "127.0.0.1", "--GamePort", String.valueOf(port),
                "--StartPort", String.valueOf(port)));
        if (withOpponentId) {
            flags.addAll(List.of("--OpponentId", OUR_LADDER_ID));
        }
        if (realtime) {
            flags.add("--RealTime");
        }
        return flags;
    }
}
