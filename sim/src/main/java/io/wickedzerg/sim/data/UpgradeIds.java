package io.wickedzerg.sim.data;

/** SC2 upgrade ids (the real game's) of the researches engine and AI refer to by name. */
public final class UpgradeIds {
    public static final int METABOLIC_BOOST = 66;
    public static final int BURROW = 64;
    public static final int PNEUMATIZED_CARAPACE = 62;
    public static final int GLIAL_RECONSTITUTION = 2;
    public static final int CENTRIFUGAL_HOOKS = 75;
    public static final int GROOVED_SPINES = 134;
    public static final int MUSCULAR_AUGMENTS = 135;
    public static final int ZERG_MELEE_WEAPONS_1 = 53;
    public static final int ZERG_MELEE_WEAPONS_2 = 54;
    public static final int ZERG_MISSILE_WEAPONS_1 = 59;
    public static final int ZERG_MISSILE_WEAPONS_2 = 60;
    public static final int ZERG_GROUND_ARMOR_1 = 56;
    public static final int ZERG_GROUND_ARMOR_2 = 57;
    public static final int ZERG_FLYER_WEAPONS_1 = 68;
    public static final int ZERG_FLYER_ARMOR_1 = 71;
    public static final int STIMPACK = 15;
    public static final int COMBAT_SHIELD = 16;
    public static final int CONCUSSIVE_SHELLS = 17;
    public static final int TERRAN_INFANTRY_WEAPONS_1 = 7;
    public static final int TERRAN_INFANTRY_ARMOR_1 = 11;
    public static final int HISEC_AUTO_TRACKING = 5;
    public static final int NEOSTEEL_ARMOR = 6;
    public static final int WARP_GATE = 84;
    public static final int PROTOSS_AIR_WEAPONS_1 = 78;
    public static final int PROTOSS_GROUND_WEAPONS_1 = 39;
    public static final int PROTOSS_GROUND_WEAPONS_2 = 40;
    public static final int PROTOSS_GROUND_ARMOR_1 = 42;
    public static final int PROTOSS_SHIELDS_1 = 45;
    public static final int CHARGE = 86;
    public static final int BLINK = 87;
    public static final int RESONATING_GLAIVES = 130;

    private UpgradeIds() {
    }
}
