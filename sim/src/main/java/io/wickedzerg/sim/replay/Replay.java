package io.wickedzerg.sim.replay;

import java.util.List;
import java.util.Objects;

/** A recorded game: enough to play it again exactly (see docs/replay-format.md). */
public record Replay(ReplaySettings settings, List<ReplayEvent> events, List<LoopHash> hashes, ReplayEnd end) {
    public Replay {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(end, "end");
        events = List.copyOf(events);
        hashes = List.copyOf(hashes);
    }
}
