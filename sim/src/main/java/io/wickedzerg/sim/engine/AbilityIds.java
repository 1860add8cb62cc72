package io.wickedzerg.sim.engine;

import io.wickedzerg.sim.data.Race;

/** SC2 ability ids of the generic orders (game_data numbering); production abilities come from the catalog. */
public final class AbilityIds {
    public static final int SMART = 1;
    public static final int STOP = 4;
    public static final int STOP_GENERIC = 3665;
    public static final int MOVE = 16;
    public static final int MOVE_GENERIC = 3794;
    public static final int PATROL = 17;
    public static final int PATROL_GENERIC = 3795;
    public static final int HOLD_POSITION = 18;
    public static final int HOLD_POSITION_GENERIC = 3793;
    public static final int SCAN_MOVE = 19;
    public static final int ATTACK = 23;
    public static final int ATTACK_GENERIC = 3674;
    public static final int GATHER_GENERIC = 3666;
    public static final int RETURN_GENERIC = 3667;
    public static final int GATHER_SCV = 295;
    public static final int RETURN_SCV = 296;
    public static final int GATHER_PROBE = 298;
    public static final int RETURN_PROBE = 299;
    public static final int GATHER_DRONE = 1183;
    public static final int RETURN_DRONE = 1184;
    public static final int INJECT_LARVA = 251;
    public static final int BUILD_CREEP_TUMOR = 3691;
    public static final int BUILD_CREEP_TUMOR_QUEEN = 1694;
    public static final int BUILD_CREEP_TUMOR_TUMOR = 1733;
    public static final int BUILD_TECHLAB = 3682;
    public static final int BUILD_REACTOR = 3683;
    public static final int RALLY_UNITS = 3673;
    public static final int RALLY_WORKERS = 3690;
    public static final int RALLY_BUILDING = 195;
    public static final int RALLY_HATCHERY_WORKERS = 211;
    public static final int RALLY_HATCHERY_UNITS = 212;
    public static final int RALLY_COMMAND_CENTER = 203;
    public static final int RALLY_NEXUS = 207;
    public static final int CANCEL = 3659;
    public static final int CANCEL_LAST = 3671;
    public static final int CANCEL_QUEUE5 = 306;
    public static final int CANCEL_BUILD_IN_PROGRESS = 314;
    public static final int HALT = 3660;

    private AbilityIds() {
    }

    public static int gather(Race race) {
        return switch (race) {
            case ZERG -> GATHER_DRONE;
            case PROTOSS -> GATHER_PROBE;
            default -> GATHER_SCV;
        };
    }

    public static int returnCargo(Race race) {
        return switch (race) {
            case ZERG -> RETURN_DRONE;
            case PROTOSS -> RETURN_PROBE;
            default -> RETURN_SCV;
        };
    }
}
