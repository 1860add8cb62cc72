package io.wickedzerg.sim.data;

/** How a unit comes into the game; the engine charges, places and consumes differently for each. */
public enum ProductionKind {
    /** Exists from the start or is spawned by the engine (larva, mineral fields, eggs, cocoons). */
    NONE,
    /** Queued at a producer that stays (SCV at a Command Center, Marine at a Barracks, Queen at a Hatchery). */
    TRAIN,
    /** A larva turns into an egg and then the unit. */
    LARVA,
    /** A worker places a structure and survives (Terran SCV constructs, Protoss Probe warps in). */
    BUILD,
    /** A drone is consumed and becomes the structure; the reported cost includes the drone. */
    DRONE_MORPH,
    /** A unit or structure turns into another type; the reported cost includes the predecessor's. */
    MORPH,
    /** A Barracks, Factory or Starport builds an attached add-on. */
    ADDON,
    /** A queen or a creep tumor spawns a creep tumor. */
    SPAWN
}
