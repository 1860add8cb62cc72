package io.wickedzerg.sim.replay;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A game the server finished and archived: its replay file (null when no replay folder was given), its final
 * loop and state hash, and each player's result.
 */
public record SavedGame(int number, Path replay, String map, long seed, long finalLoop, long finalHash,
                        List<ReplayPlayer> players, Map<Integer, String> results) {
    public SavedGame {
        players = List.copyOf(players);
        results = Map.copyOf(results);
    }

    /** The hash as {@code sim replay} prints it: 16 hex digits. */
    public String finalHashHex() {
        return StateHashes.hex(finalHash);
    }
}
