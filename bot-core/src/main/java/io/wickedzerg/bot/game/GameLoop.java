package io.wickedzerg.bot.game;

import com.github.ocraft.s2client.bot.S2Coordinator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs ocraft's game loop to the end of the game. When the connection to the game fails, ocraft throws
 * from {@code update()} (e.g. "Client is already stopped"): that ends the loop with a warning, and the bot
 * then reports the game as undecided instead of the process dying with a stack trace. A failure of the bot
 * itself under the rethrow policy still propagates.
 */
public final class GameLoop {
    private static final Logger log = LoggerFactory.getLogger(GameLoop.class);

    private GameLoop() {
    }

    public static void run(S2Coordinator coordinator, WickedZergBot bot) {
        try {
            while (bot.failure() == null && coordinator.update()) {
                // ocraft runs the game; the bot acts in onStep
            }
        } catch (RuntimeException e) {
            log.warn("the connection to the game failed: {}", e.toString());
        }
        if (bot.failure() != null) {
            throw bot.failure();
        }
    }

    /**
     * Runs the game to its end, then leaves it, and returns the bot's report. The client hangs up first: if the
     * server closed under it, ocraft would log a lost connection and try to reconnect.
     */
    public static GameReport playToEnd(S2Coordinator coordinator, WickedZergBot bot) {
        try {
            run(coordinator, bot);
        } finally {
            hangUp(coordinator);
        }
        return bot.reportOrAbandon();
    }

    /** Leaves the game and closes the connection; one that is already gone has nothing left to close. */
    public static void hangUp(S2Coordinator coordinator) {
        try {
            coordinator.quit();
        } catch (RuntimeException e) {
            log.debug("quit on a closed connection: {}", e.toString());
        }
    }
}
