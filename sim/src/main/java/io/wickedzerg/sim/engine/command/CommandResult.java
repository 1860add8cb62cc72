package io.wickedzerg.sim.engine.command;

/**
 * The outcome of a command. Every name is one of the real game's {@code SC2APIProtocol.Error.ActionResult}
 * values, so the protocol layer maps them by name; the engine has no outcome of its own that the game could
 * not report (a test holds it to that).
 */
public enum CommandResult {
    Success,
    NotSupported,
    Error,
    NotEnoughMinerals,
    NotEnoughVespene,
    NotEnoughFood,
    NotEnoughEnergy,
    TechRequirementsNotMet,
    QueueIsFull,
    /** Also: a townhall asked to morph a larva when it has none. */
    CantQueueThatOrder,
    CantFindDropOff,
    /** Also: an inject aimed at something other than an own finished hatchery, lair or hive. */
    CantTargetThatUnit,
    MustTargetUnit,
    /** A gas building placed anywhere but on a free vespene geyser. */
    MustTargetResources,
    CantBuildLocationInvalid,
    CantBuildTooCloseToResources,
    /** A Zerg structure or creep tumor off creep. */
    CantBuildTooFarFromCreepSource,
    /** A Protoss structure outside every pylon's power field. */
    CantBuildTooFarFromBuildPowerSource,
    CantBuildOnThat,
    CantSeeBuildLocation,
    CouldntReachTarget,
    TargetIsOutOfRange;

    public boolean ok() {
        return this == Success;
    }
}
