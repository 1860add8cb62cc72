package io.wickedzerg.sim.data;

import static io.wickedzerg.sim.data.UnitTypeIds.BANELING_NEST;
import static io.wickedzerg.sim.data.UnitTypeIds.BARRACKS_TECH_LAB;
import static io.wickedzerg.sim.data.UnitTypeIds.CYBERNETICS_CORE;
import static io.wickedzerg.sim.data.UnitTypeIds.ENGINEERING_BAY;
import static io.wickedzerg.sim.data.UnitTypeIds.EVOLUTION_CHAMBER;
import static io.wickedzerg.sim.data.UnitTypeIds.FORGE;
import static io.wickedzerg.sim.data.UnitTypeIds.HATCHERY;
import static io.wickedzerg.sim.data.UnitTypeIds.HYDRALISK_DEN;
import static io.wickedzerg.sim.data.UnitTypeIds.LAIR;
import static io.wickedzerg.sim.data.UnitTypeIds.ROACH_WARREN;
import static io.wickedzerg.sim.data.UnitTypeIds.SPAWNING_POOL;
import static io.wickedzerg.sim.data.UnitTypeIds.SPIRE;
import static io.wickedzerg.sim.data.UnitTypeIds.TWILIGHT_COUNCIL;

import java.util.List;

/**
 * The research table. Id, name, cost, research time (game loops) and ability are game_data's and checked
 * by {@code UpgradeCatalogTest}; who researches it and what it needs first are Liquipedia's (game_data has
 * no such link). A Lair or Hive researches what a Hatchery does (tech alias).
 */
final class StandardUpgrades {

    private StandardUpgrades() {
    }

    static List<UpgradeFacts> all() {
        return List.of(
                // Zerg
                upgrade(66, "zerglingmovementspeed", 100, 100, 1760, 1253, SPAWNING_POOL, 0, 0),
                upgrade(64, "Burrow", 100, 100, 1600, 1225, HATCHERY, 0, 0),
                upgrade(62, "overlordspeed", 100, 100, 960, 1223, HATCHERY, 0, 0),
                upgrade(2, "GlialReconstitution", 100, 100, 1760, 216, ROACH_WARREN, LAIR, 0),
                upgrade(75, "CentrificalHooks", 150, 150, 1760, 1482, BANELING_NEST, LAIR, 0),
                upgrade(134, "EvolveGroovedSpines", 100, 100, 1600, 1282, HYDRALISK_DEN, 0, 0),
                upgrade(135, "EvolveMuscularAugments", 100, 100, 1600, 1283, HYDRALISK_DEN, 0, 0),
                upgrade(53, "ZergMeleeWeaponsLevel1", 100, 100, 2560, 1186, EVOLUTION_CHAMBER, 0, 0),
                upgrade(54, "ZergMeleeWeaponsLevel2", 150, 150, 3040, 1187, EVOLUTION_CHAMBER, LAIR, 53),
                upgrade(59, "ZergMissileWeaponsLevel1", 100, 100, 2560, 1192, EVOLUTION_CHAMBER, 0, 0),
                upgrade(60, "ZergMissileWeaponsLevel2", 150, 150, 3040, 1193, EVOLUTION_CHAMBER, LAIR, 59),
                upgrade(56, "ZergGroundArmorsLevel1", 150, 150, 2560, 1189, EVOLUTION_CHAMBER, 0, 0),
                upgrade(57, "ZergGroundArmorsLevel2", 225, 225, 3040, 1190, EVOLUTION_CHAMBER, LAIR, 56),
                upgrade(68, "ZergFlyerWeaponsLevel1", 100, 100, 2560, 1312, SPIRE, 0, 0),
                upgrade(71, "ZergFlyerArmorsLevel1", 150, 150, 2560, 1315, SPIRE, 0, 0),
                // Terran
                upgrade(15, "Stimpack", 100, 100, 2240, 730, BARRACKS_TECH_LAB, 0, 0),
                upgrade(16, "ShieldWall", 100, 100, 1760, 731, BARRACKS_TECH_LAB, 0, 0),
                upgrade(17, "PunisherGrenades", 50, 50, 960, 732, BARRACKS_TECH_LAB, 0, 0),
                upgrade(7, "TerranInfantryWeaponsLevel1", 100, 100, 2560, 652, ENGINEERING_BAY, 0, 0),
                upgrade(11, "TerranInfantryArmorsLevel1", 100, 100, 2560, 656, ENGINEERING_BAY, 0, 0),
                upgrade(5, "HiSecAutoTracking", 100, 100, 1280, 650, ENGINEERING_BAY, 0, 0),
                upgrade(6, "TerranBuildingArmor", 150, 150, 2240, 651, ENGINEERING_BAY, 0, 0),
                // Protoss
                upgrade(84, "WarpGateResearch", 50, 50, 2240, 1568, CYBERNETICS_CORE, 0, 0),
                upgrade(78, "ProtossAirWeaponsLevel1", 100, 100, 2880, 1562, CYBERNETICS_CORE, 0, 0),
                upgrade(39, "ProtossGroundWeaponsLevel1", 100, 100, 2880, 1062, FORGE, 0, 0),
                upgrade(40, "ProtossGroundWeaponsLevel2", 150, 150, 3440, 1063, FORGE, TWILIGHT_COUNCIL, 39),
                upgrade(42, "ProtossGroundArmorsLevel1", 100, 100, 2880, 1065, FORGE, 0, 0),
                upgrade(45, "ProtossShieldsLevel1", 150, 150, 2880, 1068, FORGE, 0, 0),
                upgrade(86, "Charge", 100, 100, 2240, 1592, TWILIGHT_COUNCIL, 0, 0),
                upgrade(87, "BlinkTech", 150, 150, 2720, 1593, TWILIGHT_COUNCIL, 0, 0),
                upgrade(130, "AdeptPiercingAttack", 100, 100, 2240, 1594, TWILIGHT_COUNCIL, 0, 0));
    }

    private static UpgradeFacts upgrade(int id, String name, int minerals, int vespene, float researchTime,
                                        int abilityId, int researchedBy, int techRequirement, int requiredUpgrade) {
        return new UpgradeFacts(id, name, new Cost(minerals, vespene), researchTime, abilityId, researchedBy,
                techRequirement, requiredUpgrade);
    }
}
