package io.wickedzerg.sim.data;

/**
 * SC2 unit type ids (the real game's, as in {@code game_data} and ocraft's {@code Units}) of every type the
 * simulator supports, so engine, maps and AI never spell magic numbers.
 */
public final class UnitTypeIds {
    public static final int LARVA = 151;
    public static final int EGG = 103;
    public static final int DRONE = 104;
    public static final int OVERLORD = 106;
    public static final int OVERLORD_COCOON = 128;
    public static final int OVERSEER = 129;
    public static final int ZERGLING = 105;
    public static final int BANELING = 9;
    public static final int BANELING_COCOON = 8;
    public static final int ROACH = 110;
    public static final int RAVAGER = 688;
    public static final int RAVAGER_COCOON = 687;
    public static final int HYDRALISK = 107;
    public static final int QUEEN = 126;
    public static final int MUTALISK = 108;
    public static final int INFESTOR = 111;
    public static final int HATCHERY = 86;
    public static final int LAIR = 100;
    public static final int HIVE = 101;
    public static final int EXTRACTOR = 88;
    public static final int SPAWNING_POOL = 89;
    public static final int EVOLUTION_CHAMBER = 90;
    public static final int ROACH_WARREN = 97;
    public static final int BANELING_NEST = 96;
    public static final int HYDRALISK_DEN = 91;
    public static final int INFESTATION_PIT = 94;
    public static final int SPIRE = 92;
    public static final int SPINE_CRAWLER = 98;
    public static final int SPORE_CRAWLER = 99;
    public static final int CREEP_TUMOR = 87;
    public static final int CREEP_TUMOR_QUEEN = 138;
    public static final int CREEP_TUMOR_BURROWED = 137;
    public static final int SCV = 45;
    public static final int MARINE = 48;
    public static final int REAPER = 49;
    public static final int MARAUDER = 51;
    public static final int HELLION = 53;
    public static final int SIEGE_TANK = 33;
    public static final int SIEGE_TANK_SIEGED = 32;
    public static final int MEDIVAC = 54;
    public static final int VIKING_FIGHTER = 35;
    public static final int VIKING_ASSAULT = 34;
    public static final int COMMAND_CENTER = 18;
    public static final int ORBITAL_COMMAND = 132;
    public static final int SUPPLY_DEPOT = 19;
    public static final int SUPPLY_DEPOT_LOWERED = 47;
    public static final int REFINERY = 20;
    public static final int BARRACKS = 21;
    public static final int FACTORY = 27;
    public static final int STARPORT = 28;
    public static final int ENGINEERING_BAY = 22;
    public static final int BUNKER = 24;
    public static final int TECH_LAB = 5;
    public static final int REACTOR = 6;
    public static final int BARRACKS_TECH_LAB = 37;
    public static final int BARRACKS_REACTOR = 38;
    public static final int FACTORY_TECH_LAB = 39;
    public static final int FACTORY_REACTOR = 40;
    public static final int STARPORT_TECH_LAB = 41;
    public static final int STARPORT_REACTOR = 42;
    public static final int PROBE = 84;
    public static final int ZEALOT = 73;
    public static final int STALKER = 74;
    public static final int ADEPT = 311;
    public static final int SENTRY = 77;
    public static final int IMMORTAL = 83;
    public static final int OBSERVER = 82;
    public static final int VOID_RAY = 80;
    public static final int ORACLE = 495;
    public static final int NEXUS = 59;
    public static final int PYLON = 60;
    public static final int ASSIMILATOR = 61;
    public static final int GATEWAY = 62;
    public static final int WARP_GATE = 133;
    public static final int CYBERNETICS_CORE = 72;
    public static final int FORGE = 63;
    public static final int ROBOTICS_FACILITY = 71;
    public static final int STARGATE = 67;
    public static final int PHOTON_CANNON = 66;
    public static final int TWILIGHT_COUNCIL = 65;
    public static final int MINERAL_FIELD = 341;
    public static final int MINERAL_FIELD_750 = 483;
    public static final int RICH_MINERAL_FIELD = 146;
    public static final int RICH_MINERAL_FIELD_750 = 147;
    public static final int LAB_MINERAL_FIELD = 665;
    public static final int LAB_MINERAL_FIELD_750 = 666;
    public static final int VESPENE_GEYSER = 342;
    public static final int SPACE_PLATFORM_GEYSER = 343;
    public static final int RICH_VESPENE_GEYSER = 344;
    public static final int PROTOSS_VESPENE_GEYSER = 608;

    private UnitTypeIds() {
    }
}
