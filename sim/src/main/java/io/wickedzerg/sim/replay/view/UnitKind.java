package io.wickedzerg.sim.replay.view;

/** What a unit is to someone watching a replay: it decides how the page draws it and what the side panel counts. */
public enum UnitKind {
    WORKER,
    /** A unit that costs supply and is not a worker: what the page and the side panel call army. */
    ARMY,
    /** Other units: larvae, eggs, overlords, creep tumors' kin without supply. */
    UNIT,
    STRUCTURE,
    MINERALS,
    VESPENE;

    /** Structures and resources: drawn as squares. */
    public boolean structure() {
        return this == STRUCTURE || this == MINERALS || this == VESPENE;
    }
}
