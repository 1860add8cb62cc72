package io.wickedzerg.sim.replay;

import java.util.List;
import java.util.Objects;

/**
 * What fixes a recorded game besides its commands: map, seed, loop limit, realtime (for the record: a realtime
 * game's commands carry the loops they reached the game at, so it re-simulates like any other), how often the
 * state hash was recorded, and the seats.
 */
public record ReplaySettings(MapSource map, long seed, long loopLimit, boolean realtime, int hashInterval,
                             List<ReplayPlayer> players) {
    public ReplaySettings {
        Objects.requireNonNull(map, "map");
        players = List.copyOf(players);
        if (hashInterval <= 0) {
            throw new IllegalArgumentException("hashInterval must be positive, got " + hashInterval);
        }
    }
}
