package io.wickedzerg.sim.server;

import com.github.ocraft.s2client.bot.S2Agent;
import com.github.ocraft.s2client.bot.S2Coordinator;
import com.github.ocraft.s2client.protocol.game.BattlenetMap;
import com.github.ocraft.s2client.protocol.game.Difficulty;
import com.github.ocraft.s2client.protocol.game.Race;
import io.wickedzerg.bot.ocraft.ResponseStreamFix;
import io.wickedzerg.sim.map.BuiltInMaps;

/** Games of one unchanged ocraft agent (Zerg) against the server's computer, on the default map. */
final class OcraftGames {
    /** Short enough that a server leaving a request unanswered fails a test at once instead of stalling it. */
    private static final int TIMEOUT_MS = 5_000;

    private OcraftGames() {
    }

    /** Plays until the game ends or {@code maxUpdates} steps have passed, then quits. */
    static void playOut(SimServer server, S2Agent agent, Race computer, Difficulty difficulty, int stepSize, int maxUpdates) {
        playOut(server, BuiltInMaps.standard().defaultMap().name(), agent, computer, difficulty, stepSize, maxUpdates);
    }

    /** As above, on the map of that name (a built-in one, or a recorded one the server offers). */
    static void playOut(SimServer server, String map, S2Agent agent, Race computer, Difficulty difficulty, int stepSize,
                        int maxUpdates) {
        ResponseStreamFix.install();
        S2Coordinator coordinator = S2Coordinator.setup()
                .setRealtime(false)
                .setStepSize(stepSize)
                .setTimeoutMS(TIMEOUT_MS)
                .setParticipants(S2Coordinator.createParticipant(Race.ZERG, agent),
                        S2Coordinator.createComputer(computer, difficulty))
                .connect("127.0.0.1", server.port())
                .startGame(BattlenetMap.of(map));
        int updates = 0;
        while (coordinator.update() && updates++ < maxUpdates) {
            // the agent plays in onStep
        }
        coordinator.quit();
    }
}
