package io.wickedzerg.sim.engine;

import java.util.Collection;
import java.util.List;

/**
 * How a game ends: a player with no structure left loses and the others win (everyone at once: a tie); a game
 * still running at its loop limit is a tie.
 */
final class EndRule {
    private EndRule() {
    }

    /** Whether the game is over at this loop; when it is, every player's outcome is set. */
    static boolean over(Collection<PlayerState> players, long loop, long loopLimit) {
        List<PlayerState> losers = players.stream().filter(p -> p.structures <= 0).toList();
        if (!losers.isEmpty()) {
            boolean everyoneLost = losers.size() == players.size();
            for (PlayerState p : players) {
                if (everyoneLost) {
                    p.outcome = PlayerState.Outcome.TIE;
                } else {
                    p.outcome = losers.contains(p) ? PlayerState.Outcome.DEFEAT : PlayerState.Outcome.VICTORY;
                }
            }
            return true;
        }
        if (loop >= loopLimit) {
            players.forEach(p -> p.outcome = PlayerState.Outcome.TIE);
            return true;
        }
        return false;
    }
}
