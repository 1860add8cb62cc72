package io.wickedzerg.app;

import io.wickedzerg.bot.game.GameClient;
import io.wickedzerg.bot.game.GameLoop;
import io.wickedzerg.bot.game.GameSession;
import io.wickedzerg.bot.game.StepListener;
import io.wickedzerg.bot.game.MatchSpec;
import io.wickedzerg.bot.game.GameReport;
import io.wickedzerg.bot.game.WickedZergBot;
import io.wickedzerg.bot.game.WireBot;

import com.github.ocraft.s2client.bot.S2Coordinator;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import com.github.ocraft.s2client.protocol.game.BattlenetMap;
import com.github.ocraft.s2client.protocol.game.Race;
import io.wickedzerg.sim.replay.SavedGame;
import io.wickedzerg.sim.server.SimServer;
import io.wickedzerg.sim.server.SimServerOptions;

/**
 * Plays one game against the headless server started in this process: a fresh server per game, so
 * the game's seed is exactly the spec's seed.
 */
public final class LocalMatchRunner {

    /**
     * The server is in this process and answers in microseconds, so a request unanswered for this long is a
     * stall, reported with what was pending; ocraft's own default is a minute.
     */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(10);

    /** A game's report and what the server archived of it (its replay file with a replay folder, its final state hash). */
    public record RecordedGame(GameReport report, SavedGame saved) {
    }

    private final Duration requestTimeout;
    private final Path replayDir;
    private final Optional<Path> mapFile;
    private final GameClient client;

    public LocalMatchRunner() {
        this(DEFAULT_REQUEST_TIMEOUT);
    }

    public LocalMatchRunner(Duration requestTimeout) {
        this(requestTimeout, null, Optional.empty());
    }

    /**
     * On the wire client, as {@code play} plays by default.
     *
     * @param replayDir where the server saves the game's replay; null for none
     * @param mapFile   a recorded map ({@code DIR/<Map>}) the server offers besides its built-in ones; the spec's
     *                  map then names it by its file name ("AbyssalReefLE")
     */
    public LocalMatchRunner(Duration requestTimeout, Path replayDir, Optional<Path> mapFile) {
        this(requestTimeout, replayDir, mapFile, GameClient.WIRE);
    }

    /** @param client the bot's client; a realtime game is always played on ocraft's */
    public LocalMatchRunner(Duration requestTimeout, Path replayDir, Optional<Path> mapFile, GameClient client) {
        this.requestTimeout = requestTimeout;
        this.replayDir = replayDir;
        this.mapFile = mapFile;
        this.client = client;
    }

    public GameReport play(MatchSpec spec, GameSession session, StepListener listener) {
        return playRecorded(spec, session, listener).report();
    }

    /** Plays one game; {@code saved} is null only if the server never saw the game end (it always does on leaving). */
    public RecordedGame playRecorded(MatchSpec spec, GameSession session, StepListener listener) {
        SimServerOptions.Builder builder = SimServerOptions.builder().port(0).seed(spec.seed()).realtime(spec.realtime())
                .mapName(spec.map()).loopLimit(spec.loopLimit()).replayDir(replayDir);
        mapFile.ifPresent(builder::mapFile);
        GameReport report;
        SimServer started = SimServer.start(builder.build());
        try (SimServer server = started) {
            report = play(server, spec, session, listener);
        }
        // after close: the game thread has finished everything, the leave included
        return new RecordedGame(report, started.savedGames().isEmpty() ? null : started.savedGames().get(0));
    }

    private GameReport play(SimServer server, MatchSpec spec, GameSession session, StepListener listener) {
        if (client == GameClient.WIRE && !spec.realtime()) {
            return new WireBot(() -> session, listener).playAgainstComputer("127.0.0.1", server.port(), spec,
                    requestTimeout);
        }
        WickedZergBot bot = new WickedZergBot(session, listener);
        S2Coordinator coordinator = S2Coordinator.setup()
                .setRealtime(spec.realtime())
                .setStepSize(spec.stepSize())
                .setTimeoutMS((int) requestTimeout.toMillis())
                .setParticipants(
                        S2Coordinator.createParticipant(Race.ZERG, bot, "WickedZerg"),
                        S2Coordinator.createComputer(spec.opponentRace(), spec.difficulty()))
                .connect("127.0.0.1", server.port())
                .startGame(BattlenetMap.of(spec.map()));
        return GameLoop.playToEnd(coordinator, bot);
    }
}
