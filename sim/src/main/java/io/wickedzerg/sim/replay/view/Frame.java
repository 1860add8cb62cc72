package io.wickedzerg.sim.replay.view;

import java.util.List;

/** Everything the replay page draws at one game loop: every unit on the map and each player's panel. Immutable. */
public record Frame(long loop, List<FrameUnit> units, List<PlayerFrame> players) {
    public Frame {
        if (loop < 0) {
            throw new IllegalArgumentException("loop must be 0 or more, got " + loop);
        }
        units = List.copyOf(units);
        players = List.copyOf(players);
    }

    public PlayerFrame player(int playerId) {
        return players.stream().filter(p -> p.playerId() == playerId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no player " + playerId + " in the frame at loop "
                        + loop));
    }
}
