package io.wickedzerg.sim.engine;

/**
 * A notice the game posts to a player, reported in the next observation. The names are those of the real
 * game's {@code SC2APIProtocol.Sc2Api.Alert} (a test checks each), so the protocol layer maps them by name.
 */
public enum Alert {
    BuildingComplete,
    AddOnComplete,
    TrainWorkerComplete,
    TrainUnitComplete,
    MorphComplete,
    ResearchComplete,
    UnitUnderAttack,
    BuildingUnderAttack,
    MineralsExhausted,
    VespeneExhausted;

    /** Under-attack alerts repeat at most this often per player, as the game's own do not flood the screen. */
    static final int UNDER_ATTACK_REPEAT_LOOPS = 112;
}
