package io.wickedzerg.sim.engine.view;

import java.util.List;

/**
 * The whole world at one game loop as an observer sees it (a replay viewer): every unit, whoever owns it, and
 * every player's bank and supply. Read-only; it gives a player nothing they could act on.
 *
 * @param units every unit alive, in full but without orders or harvester counts (those are their owner's)
 */
public record WorldView(long gameLoop, List<UnitView> units, List<PlayerTotals> players) {
    public WorldView {
        units = List.copyOf(units);
        players = List.copyOf(players);
    }

    /** One player's bank and supply, as its own observation reports them. */
    public record PlayerTotals(int playerId, int minerals, int vespene, int foodUsed, int foodCap, int foodArmy,
                               int foodWorkers) {
    }
}
