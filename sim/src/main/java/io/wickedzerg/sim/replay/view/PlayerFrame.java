package io.wickedzerg.sim.replay.view;

/**
 * One player's side panel in a {@link Frame}.
 *
 * @param armySupply supply in units that are neither workers nor structures (the observation's food_army)
 * @param armyUnits  units of {@link UnitKind#ARMY}
 * @param workers    units of {@link UnitKind#WORKER}
 */
public record PlayerFrame(int playerId, int minerals, int vespene, int supplyUsed, int supplyCap, int armySupply,
                          int armyUnits, int workers) {
}
