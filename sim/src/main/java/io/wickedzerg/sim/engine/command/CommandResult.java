package io.wickedzerg.sim.engine.command;

/**
 * The outcome of a command. The names are those of {@code SC2APIProtocol.Error.ActionResult}, so the
 * protocol layer maps them by name.
 */
public enum CommandResult {
    Success,
    NotSupported,
    Error,
    NotEnoughMinerals,
    NotEnoughVespene,
    NotEnoughFood,
    TechRequirementsNotMet,
    QueueIsFull,
    CantFindDropOff,
    CantTargetThatUnit,
    MustTargetUnit,
    CantBuildLocationInvalid,
    CantBuildTooCloseToResources,
    MustBuildOnCreep,
    CantBuildOnThat,
    CantSeeBuildLocation,
    MustTargetUnitWithVespene,
    NotEnoughEnergy,
    MustTargetHatchery,
    CouldntReachTarget,
    NoLarva,
    MustBuildNearPower,
    TargetIsOutOfRange;

    public boolean ok() {
        return this == Success;
    }
}
