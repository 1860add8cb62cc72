package io.wickedzerg.sim.replay;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A game the server finished and archived: its replay file (null when no replay folder was given), its final
 * loop and state hash, each player's result, and each bot's time as AI Arena would count it (by player id; none for
 * computers, or a bot that never stepped).
 */
public record SavedGame(int number, Path replay, String map, long seed, long finalLoop, long finalHash,
                        List<ReplayPlayer> players, Map<Integer, String> results, Map<Integer, BotTimes> botTimes) {
    public SavedGame {
        players = List.copyOf(players);
        results = Map.copyOf(results);
        botTimes = Map.copyOf(botTimes);
    }

    /** The hash as {@code sim replay} prints it: 16 hex digits. */
    public String finalHashHex() {
        return StateHashes.hex(finalHash);
    }
}
