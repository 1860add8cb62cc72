package io.wickedzerg.bot.game;

import com.github.ocraft.s2client.bot.S2Coordinator;
import com.github.ocraft.s2client.protocol.game.BattlenetMap;
import com.github.ocraft.s2client.protocol.game.Race;
import io.wickedzerg.sim.SimServer;
import io.wickedzerg.sim.SimServerOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays one game against the headless server started in this process: a fresh server per game, so
 * the game's seed is exactly the spec's seed.
 */
public final class LocalMatchRunner {

    private static final Logger LOG = LoggerFactory.getLogger(LocalMatchRunner.class);

    public GameReport play(MatchSpec spec, GameSession session, StepListener listener) {
        SimServerOptions options = SimServerOptions.builder().port(0).seed(spec.seed()).realtime(spec.realtime())
                .mapName(spec.map()).build();
        try (SimServer server = SimServer.start(options)) {
            WickedZergBot bot = new WickedZergBot(session, listener);
            S2Coordinator coordinator = S2Coordinator.setup()
                    .setRealtime(spec.realtime())
                    .setStepSize(spec.stepSize())
                    .setParticipants(
                            S2Coordinator.createParticipant(Race.ZERG, bot, "WickedZerg"),
                            S2Coordinator.createComputer(spec.opponentRace(), spec.difficulty()))
                    .connect("127.0.0.1", server.port())
                    .startGame(BattlenetMap.of(spec.map()));
            try {
                while (coordinator.update()) {
                    if (bot.failure() != null) {
                        throw bot.failure();
                    }
                }
            } finally {
                try {
                    coordinator.quit();
                } catch (RuntimeException e) {
                    LOG.debug("quit after game: {}", e.toString());
                }
            }
            if (bot.failure() != null) {
                throw bot.failure();
            }
            return bot.reportOrAbandon();
        }
    }
}
