package io.wickedzerg.sim.data;

/** Whether a (neutral) unit holds minerals or vespene, as game_data's has_minerals / has_vespene say. */
public enum ResourceKind {
    NONE, MINERALS, VESPENE
}
