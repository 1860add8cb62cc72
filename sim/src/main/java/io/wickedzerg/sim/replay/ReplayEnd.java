package io.wickedzerg.sim.replay;

import io.wickedzerg.sim.engine.Game;
import io.wickedzerg.sim.engine.PlayerReport;
import io.wickedzerg.sim.engine.PlayerSlot;

import java.util.Map;
import java.util.TreeMap;

/**
 * Where a recording stops: the loop, the state hash there (after every recorded command), whether the game was
 * over, and each player's result (Victory, Defeat, Tie, or Undecided for a game saved while it ran).
 */
public record ReplayEnd(long finalLoop, long finalHash, boolean over, Map<Integer, String> results) {
    public static final String UNDECIDED = "Undecided";

    public ReplayEnd {
        results = java.util.Collections.unmodifiableMap(new TreeMap<>(results));
    }

    /** Each player's result in {@code game} now, by player id: Victory, Defeat, Tie or Undecided. */
    public static Map<Integer, String> resultsOf(Game game) {
        Map<Integer, PlayerReport.Outcome> outcomes = game.outcomes();
        Map<Integer, String> results = new TreeMap<>();
        for (PlayerSlot slot : game.setup().players()) {
            PlayerReport.Outcome outcome = outcomes.get(slot.playerId());
            results.put(slot.playerId(), outcome == null ? UNDECIDED : switch (outcome) {
                case VICTORY -> "Victory";
                case DEFEAT -> "Defeat";
                case TIE -> "Tie";
            });
        }
        return results;
    }
}
