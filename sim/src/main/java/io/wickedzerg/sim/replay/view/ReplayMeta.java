package io.wickedzerg.sim.replay.view;

import io.wickedzerg.sim.data.Race;
import io.wickedzerg.sim.engine.Game;
import io.wickedzerg.sim.engine.PlayerReport;
import io.wickedzerg.sim.engine.PlayerSlot;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** What the replay page's title and side panel say about the game besides the frames. */
public record ReplayMeta(String mapName, List<Player> players, long seed, long finalLoop) {
    public ReplayMeta {
        Objects.requireNonNull(mapName, "mapName");
        players = List.copyOf(players);
        if (finalLoop < 0) {
            throw new IllegalArgumentException("finalLoop must be 0 or more, got " + finalLoop);
        }
    }

    /**
     * @param result "Victory", "Defeat", "Tie", or "Undecided" for a game that had not ended
     */
    public record Player(int playerId, String name, Race race, String result) {
        public Player {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(race, "race");
            Objects.requireNonNull(result, "result");
        }
    }

    /** The meta of a game as it stands now: its setup, results if it is over, and its current loop as the last. */
    public static ReplayMeta of(Game game) {
        Map<Integer, PlayerReport.Outcome> outcomes = game.outcomes();
        List<Player> players = game.setup().players().stream()
                .map(slot -> new Player(slot.playerId(), label(slot), slot.race(),
                        result(outcomes.get(slot.playerId()))))
                .toList();
        return new ReplayMeta(game.setup().map().name(), players, game.setup().seed(), game.gameLoop());
    }

    /** A computer's name with its level, unless the name says it already (the server names them "Computer Hard"). */
    private static String label(PlayerSlot slot) {
        if (!slot.computer() || slot.name().contains(slot.difficulty().label())) {
            return slot.name();
        }
        return slot.name() + " (" + slot.difficulty().label() + " computer)";
    }

    private static String result(PlayerReport.Outcome outcome) {
        if (outcome == null) {
            return "Undecided";
        }
        String name = outcome.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
