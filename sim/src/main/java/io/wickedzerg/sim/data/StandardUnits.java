package io.wickedzerg.sim.data;

import static io.wickedzerg.sim.data.Attribute.ARMORED;
import static io.wickedzerg.sim.data.Attribute.BIOLOGICAL;
import static io.wickedzerg.sim.data.Attribute.LIGHT;
import static io.wickedzerg.sim.data.Attribute.MECHANICAL;
import static io.wickedzerg.sim.data.Attribute.PSIONIC;
import static io.wickedzerg.sim.data.Attribute.STRUCTURE;
import static io.wickedzerg.sim.data.Race.NO_RACE;
import static io.wickedzerg.sim.data.Race.PROTOSS;
import static io.wickedzerg.sim.data.Race.TERRAN;
import static io.wickedzerg.sim.data.Race.ZERG;
import static io.wickedzerg.sim.data.UnitRow.bonus;
import static io.wickedzerg.sim.data.UnitRow.unit;
import static io.wickedzerg.sim.data.UnitTypeIds.*;
import static io.wickedzerg.sim.data.WeaponTarget.AIR;
import static io.wickedzerg.sim.data.WeaponTarget.ANY;
import static io.wickedzerg.sim.data.WeaponTarget.GROUND;

import java.util.List;
import java.util.stream.Stream;

/**
 * The unit table: every type the simulator supports, early and mid game of the three races plus the neutral
 * resources maps place.
 *
 * <p>Sources. Costs, build times (game loops), food, armor, speeds and cooldowns (per normal-speed game
 * second), sight, attributes, weapons, abilities, requirements and aliases are the real game's game_data
 * (data build of the python-sc2 test fixtures); {@code UnitCatalogTest} checks each of them against
 * {@code game_data.pb}. Hit points, shields, energy and radius are not in game_data: they are Liquipedia's
 * values of the same balance era (as collected by BurnySc2/sc2-techtree), checked against the real
 * observations where a unit appears in them (SCV, Command Center, mineral fields, geysers). Footprints are
 * twice the footprint_radius of the creating ability in game_data (checked), resources as in the real game
 * (mineral field 2x1, geyser 3x3).
 */
final class StandardUnits {
    private StandardUnits() {
    }

    static List<UnitFacts> all() {
        return Stream.of(
                unit(LARVA, "Larva", ZERG).cost(0, 0)
                        .hp(25).armor(10).speed(0.5625f).sight(5).radius(0.125f)
                        .attributes(LIGHT, BIOLOGICAL),
                unit(EGG, "Egg", ZERG).cost(0, 0)
                        .hp(200).armor(10).sight(5).radius(0.125f)
                        .attributes(BIOLOGICAL),
                unit(DRONE, "Drone", ZERG).cost(50, 0).time(272).supply(1)
                        .hp(40).armor(0).speed(2.8125f).sight(8).radius(0.375f)
                        .attributes(LIGHT, BIOLOGICAL)
                        .weapon(GROUND, 5, 1, 0.100097656f, 1.5f).worker()
                        .larva(1342),
                unit(OVERLORD, "Overlord", ZERG).cost(100, 0).time(400).provides(8)
                        .hp(200).armor(0).speed(0.64453125f).sight(11).radius(1)
                        .attributes(ARMORED, BIOLOGICAL).flying()
                        .larva(1344),
                unit(OVERLORD_COCOON, "OverlordCocoon", ZERG).cost(150, 100).provides(8)
                        .hp(200).armor(2).speed(1.875f).sight(5).radius(0.625f)
                        .attributes(BIOLOGICAL).flying(),
                unit(OVERSEER, "Overseer", ZERG).cost(150, 50).net(50, 50).time(266.6797f).provides(8)
                        .hp(200).armor(1).speed(1.875f).sight(11).radius(1).energy(50, 200)
                        .attributes(ARMORED, BIOLOGICAL).flying()
                        .morph(1448, OVERLORD).requires(LAIR).aliases(OVERLORD),
                unit(ZERGLING, "Zergling", ZERG).cost(25, 0).time(384).supply(0.5f)
                        .hp(35).armor(0).speed(2.953125f).sight(8).radius(0.375f)
                        .attributes(LIGHT, BIOLOGICAL)
                        .weapon(GROUND, 5, 1, 0.100097656f, 0.6960449f).pair()
                        .larva(1343).requires(SPAWNING_POOL),
                // The explosion is an ability in the real game; the engine removes the baneling after its one attack.
                unit(BANELING, "Baneling", ZERG).cost(50, 25).net(25, 25).time(320).supply(0.5f)
                        .hp(30).armor(0).speed(2.5f).sight(8).radius(0.375f)
                        .attributes(BIOLOGICAL)
                        .documentedWeapon(GROUND, 16, 1, 0.25f, 0.833f, bonus(LIGHT, 19), bonus(STRUCTURE, 64))
                        .morph(80, ZERGLING).requires(BANELING_NEST),
                unit(BANELING_COCOON, "BanelingCocoon", ZERG).cost(50, 25).supply(0.5f)
                        .hp(50).armor(2).speed(2.5f).sight(5).radius(0.375f)
                        .attributes(BIOLOGICAL),
                unit(ROACH, "Roach", ZERG).cost(75, 25).time(432).supply(2)
                        .hp(145).armor(1).speed(2.25f).sight(9).radius(0.5f)
                        .attributes(ARMORED, BIOLOGICAL)
                        .weapon(GROUND, 16, 1, 4, 2)
                        .larva(1351).requires(ROACH_WARREN),
                unit(RAVAGER, "Ravager", ZERG).cost(100, 100).net(25, 75).time(196).supply(3)
                        .hp(120).armor(1).speed(2.75f).sight(9).radius(0.75f)
                        .attributes(BIOLOGICAL)
                        .weapon(GROUND, 16, 1, 6, 1.6000977f)
                        .morph(2330, ROACH).requires(ROACH_WARREN),
                unit(RAVAGER_COCOON, "RavagerCocoon", ZERG).cost(0, 0).supply(2)
                        .hp(100).armor(5).sight(5).radius(0.75f)
                        .attributes(BIOLOGICAL),
                unit(HYDRALISK, "Hydralisk", ZERG).cost(100, 50).time(528).supply(2)
                        .hp(90).armor(0).speed(2.25f).sight(9).radius(0.625f)
                        .attributes(LIGHT, BIOLOGICAL)
                        .weapon(ANY, 12, 1, 5, 0.8249512f)
                        .larva(1345).requires(HYDRALISK_DEN),
                unit(QUEEN, "Queen", ZERG).cost(150, 0).time(800).supply(2)
                        .hp(175).armor(1).speed(0.9375f).sight(9).radius(0.875f).energy(25, 200)
                        .attributes(BIOLOGICAL, PSIONIC)
                        .weapon(AIR, 9, 1, 7, 1)
                        .weapon(GROUND, 4, 2, 5, 1)
                        .trained(1632, HATCHERY, LAIR, HIVE).requires(SPAWNING_POOL),
                unit(MUTALISK, "Mutalisk", ZERG).cost(100, 100).time(528).supply(2)
                        .hp(120).armor(0).speed(4).sight(11).radius(0.5f)
                        .attributes(LIGHT, BIOLOGICAL)
                        .weapon(ANY, 9, 1, 3, 1.5246582f).flying()
                        .larva(1346).requires(SPIRE),
                unit(INFESTOR, "Infestor", ZERG).cost(100, 150).time(800).supply(2)
                        .hp(90).armor(0).speed(2.25f).sight(10).radius(0.625f).energy(50, 200)
                        .attributes(ARMORED, BIOLOGICAL, PSIONIC)
                        .larva(1352).requires(INFESTATION_PIT),
                unit(HATCHERY, "Hatchery", ZERG).cost(350, 0).net(300, 0).time(1600).provides(6)
                        .hp(1500).armor(1).sight(10).radius(2.75f).footprint(5)
                        .attributes(ARMORED, BIOLOGICAL, STRUCTURE).townhall()
                        .droneMorph(1152),
                unit(LAIR, "Lair", ZERG).cost(500, 100).net(150, 100).time(1280).provides(6)
                        .hp(2000).armor(1).sight(11).radius(2.75f).footprint(5)
                        .attributes(ARMORED, BIOLOGICAL, STRUCTURE).townhall()
                        .morph(1216, HATCHERY).requires(SPAWNING_POOL).aliases(HATCHERY),
                unit(HIVE, "Hive", ZERG).cost(700, 250).net(200, 150).time(1600).provides(6)
                        .hp(2500).armor(1).sight(12).radius(2.75f).footprint(5)
                        .attributes(ARMORED, BIOLOGICAL, STRUCTURE).townhall()
                        .morph(1218, LAIR).requires(INFESTATION_PIT).aliases(HATCHERY, LAIR),
                unit(EXTRACTOR, "Extractor", ZERG).cost(75, 0).net(25, 0).time(480)
                        .hp(500).armor(1).sight(9).radius(1.6875f).footprint(3)
                        .attributes(ARMORED, BIOLOGICAL, STRUCTURE)
                        .droneMorph(1154),
                unit(SPAWNING_POOL, "SpawningPool", ZERG).cost(250, 0).net(200, 0).time(1040)
                        .hp(1000).armor(1).sight(9).radius(1.8125f).footprint(3)
                        .attributes(ARMORED, BIOLOGICAL, STRUCTURE)
                        .droneMorph(1155).requires(HATCHERY),
                unit(EVOLUTION_CHAMBER, "EvolutionChamber", ZERG).cost(125, 0).net(75, 0).time(560)
                        .hp(750).armor(1).sight(9).radius(1.8125f).footprint(3)
                        .attributes(ARMORED, BIOLOGICAL, STRUCTURE)
                        .droneMorph(1156).requires(HATCHERY),
                unit(ROACH_WARREN, "RoachWarren", ZERG).cost(200, 0).net(150, 0).time(880)
                        .hp(850).armor(1).sight(9).radius(1.8125f).footprint(3)
                        .attributes(ARMORED, BIOLOGICAL, STRUCTURE)
                        .droneMorph(1165).requires(SPAWNING_POOL),
                unit(BANELING_NEST, "BanelingNest", ZERG).cost(150, 50).net(100, 50).time(960)
                        .hp(850).armor(1).sight(9).radius(1.8125f).footprint(3)
                        .attributes(ARMORED, BIOLOGICAL, STRUCTURE)
                        .droneMorph(1162).requires(SPAWNING_POOL),
                unit(HYDRALISK_DEN, "HydraliskDen", ZERG).cost(150, 100).net(100, 100).time(640)
                        .hp(850).armor(1).sight(9).radius(1.8125f).footprint(3)
                        .attributes(ARMORED, BIOLOGICAL, STRUCTURE)
                        .droneMorph(1157).requires(LAIR),
                unit(INFESTATION_PIT, "InfestationPit", ZERG).cost(150, 100).net(100, 100).time(800)
                        .hp(850).armor(1).sight(9).radius(1.8125f).footprint(3)
                        .attributes(ARMORED, BIOLOGICAL, STRUCTURE)
                        .droneMorph(1160).requires(LAIR),
                unit(SPIRE, "Spire", ZERG).cost(250, 200).net(200, 200).time(1600)
                        .hp(850).armor(1).sight(9).radius(1.125f).footprint(2)
                        .attributes(ARMORED, BIOLOGICAL, STRUCTURE)
                        .droneMorph(1158).requires(LAIR),
                unit(SPINE_CRAWLER, "SpineCrawler", ZERG).cost(150, 0).net(100, 0).time(800)
                        .hp(300).armor(2).sight(11).radius(1.125f).footprint(2)
                        .attributes(ARMORED, BIOLOGICAL, STRUCTURE)
                        .weapon(GROUND, 25, 1, 7, 1.8500977f, bonus(ARMORED, 5))
                        .droneMorph(1166).requires(SPAWNING_POOL),
                unit(SPORE_CRAWLER, "SporeCrawler", ZERG).cost(125, 0).net(75, 0).time(480)
                        .hp(400).armor(1).sight(11).radius(0.875f).footprint(2)
                        .attributes(ARMORED, BIOLOGICAL, STRUCTURE)
                        .weapon(AIR, 15, 1, 7, 0.86083984f, bonus(BIOLOGICAL, 15))
                        .droneMorph(1167).requires(SPAWNING_POOL),
                unit(CREEP_TUMOR, "CreepTumor", ZERG).cost(0, 0).time(240)
                        .hp(50).armor(0).sight(11).radius(1).footprint(1)
                        .attributes(LIGHT, BIOLOGICAL, STRUCTURE)
                        .spawned(1733, CREEP_TUMOR_BURROWED),
                unit(CREEP_TUMOR_QUEEN, "CreepTumorQueen", ZERG).cost(0, 0).time(240)
                        .hp(50).armor(0).sight(11).radius(1).footprint(1)
                        .attributes(LIGHT, BIOLOGICAL, STRUCTURE)
                        .spawned(1694, QUEEN).aliases(CREEP_TUMOR).alias(CREEP_TUMOR),
                unit(CREEP_TUMOR_BURROWED, "CreepTumorBurrowed", ZERG).cost(0, 0).time(18.960938f)
                        .hp(50).armor(0).sight(11).radius(1).footprint(1)
                        .attributes(LIGHT, BIOLOGICAL, STRUCTURE)
                        .ability(1662).aliases(CREEP_TUMOR).alias(CREEP_TUMOR),
                unit(SCV, "SCV", TERRAN).cost(50, 0).time(272).supply(1)
                        .hp(45).armor(0).speed(2.8125f).sight(8).radius(0.375f)
                        .attributes(LIGHT, BIOLOGICAL, MECHANICAL)
                        .weapon(GROUND, 5, 1, 0.100097656f, 1.5f).worker()
                        .trained(524, COMMAND_CENTER, ORBITAL_COMMAND),
                unit(MARINE, "Marine", TERRAN).cost(50, 0).time(400).supply(1)
                        .hp(45).armor(0).speed(2.25f).sight(9).radius(0.375f)
                        .attributes(LIGHT, BIOLOGICAL)
                        .weapon(ANY, 6, 1, 5, 0.86083984f)
                        .trained(560, BARRACKS),
                unit(REAPER, "Reaper", TERRAN).cost(50, 50).time(720).supply(1)
                        .hp(60).armor(0).speed(3.75f).sight(9).radius(0.375f)
                        .attributes(LIGHT, BIOLOGICAL)
                        .weapon(GROUND, 4, 2, 5, 1.1000977f)
                        .trained(561, BARRACKS),
                unit(MARAUDER, "Marauder", TERRAN).cost(100, 25).time(480).supply(2)
                        .hp(125).armor(1).speed(2.25f).sight(10).radius(0.5625f)
                        .attributes(ARMORED, BIOLOGICAL)
                        .weapon(GROUND, 10, 1, 6, 1.5f, bonus(ARMORED, 10))
                        .trained(563, BARRACKS).requiresAddon(TECH_LAB),
                unit(HELLION, "Hellion", TERRAN).cost(100, 0).time(480).supply(2)
                        .hp(90).armor(0).speed(4.25f).sight(10).radius(0.625f)
                        .attributes(LIGHT, MECHANICAL)
                        .weapon(GROUND, 8, 1, 5, 2.5f, bonus(LIGHT, 6))
                        .trained(595, FACTORY),
                unit(SIEGE_TANK, "SiegeTank", TERRAN).cost(150, 125).time(720).supply(3)
                        .hp(175).armor(1).speed(2.25f).sight(11).radius(0.875f)
                        .attributes(ARMORED, MECHANICAL)
                        .weapon(GROUND, 15, 1, 7, 1.0400391f, bonus(ARMORED, 10))
                        .trained(591, FACTORY).requiresAddon(TECH_LAB),
                unit(SIEGE_TANK_SIEGED, "SiegeTankSieged", TERRAN).cost(150, 125).time(68.66797f).supply(3)
                        .hp(175).armor(1).sight(11).radius(0.875f)
                        .attributes(ARMORED, MECHANICAL)
                        .weapon(GROUND, 40, 1, 13, 3, bonus(ARMORED, 30))
                        .ability(388).aliases(SIEGE_TANK).alias(SIEGE_TANK),
                unit(MEDIVAC, "Medivac", TERRAN).cost(100, 100).time(672).supply(2)
                        .hp(150).armor(1).speed(2.5f).sight(11).radius(0.75f).energy(50, 200)
                        .attributes(ARMORED, MECHANICAL).flying()
                        .trained(620, STARPORT),
                unit(VIKING_FIGHTER, "VikingFighter", TERRAN).cost(150, 75).time(672).supply(2)
                        .hp(135).armor(0).speed(2.75f).sight(10).radius(0.75f)
                        .attributes(ARMORED, MECHANICAL)
                        .weapon(AIR, 10, 2, 9, 2, bonus(ARMORED, 4)).flying()
                        .trained(624, STARPORT).aliases(1940),
                unit(VIKING_ASSAULT, "VikingAssault", TERRAN).cost(150, 75).time(41.441406f).supply(2)
                        .hp(135).armor(0).speed(2.25f).sight(10).radius(0.75f)
                        .attributes(ARMORED, MECHANICAL)
                        .weapon(GROUND, 12, 1, 6, 1, bonus(MECHANICAL, 8))
                        .ability(403).aliases(1940).alias(VIKING_FIGHTER),
                unit(COMMAND_CENTER, "CommandCenter", TERRAN).cost(400, 0).time(1600).provides(15)
                        .hp(1500).armor(1).sight(11).radius(2.75f).footprint(5)
                        .attributes(ARMORED, MECHANICAL, STRUCTURE).townhall()
                        .built(318, SCV),
                unit(ORBITAL_COMMAND, "OrbitalCommand", TERRAN).cost(550, 0).net(150, 0).time(560).provides(15)
                        .hp(1500).armor(1).sight(11).radius(2.75f).footprint(5).energy(50, 200)
                        .attributes(ARMORED, MECHANICAL, STRUCTURE).townhall()
                        .morph(1516, COMMAND_CENTER).requires(BARRACKS).aliases(COMMAND_CENTER),
                unit(SUPPLY_DEPOT, "SupplyDepot", TERRAN).cost(100, 0).time(480).provides(8)
                        .hp(400).armor(1).sight(9).radius(1.25f).footprint(2)
                        .attributes(ARMORED, MECHANICAL, STRUCTURE)
                        .built(319, SCV),
                unit(SUPPLY_DEPOT_LOWERED, "SupplyDepotLowered", TERRAN).cost(100, 0).time(20.800781f).provides(8)
                        .hp(400).armor(1).sight(9).radius(1.25f).footprint(2)
                        .attributes(ARMORED, MECHANICAL, STRUCTURE)
                        .ability(556).aliases(SUPPLY_DEPOT).alias(SUPPLY_DEPOT),
                unit(REFINERY, "Refinery", TERRAN).cost(75, 0).time(480)
                        .hp(500).armor(1).sight(9).radius(1.6875f).footprint(3)
                        .attributes(ARMORED, MECHANICAL, STRUCTURE)
                        .built(320, SCV),
                unit(BARRACKS, "Barracks", TERRAN).cost(150, 0).time(1040)
                        .hp(1000).armor(1).sight(9).radius(1.8125f).footprint(3)
                        .attributes(ARMORED, MECHANICAL, STRUCTURE)
                        .built(321, SCV).requires(SUPPLY_DEPOT),
                unit(FACTORY, "Factory", TERRAN).cost(150, 100).time(960)
                        .hp(1250).armor(1).sight(9).radius(1.8125f).footprint(3)
                        .attributes(ARMORED, MECHANICAL, STRUCTURE)
                        .built(328, SCV).requires(BARRACKS),
                unit(STARPORT, "Starport", TERRAN).cost(150, 100).time(800)
                        .hp(1300).armor(1).sight(9).radius(1.8125f).footprint(3)
                        .attributes(ARMORED, MECHANICAL, STRUCTURE)
                        .built(329, SCV).requires(FACTORY),
                unit(ENGINEERING_BAY, "EngineeringBay", TERRAN).cost(125, 0).time(560)
                        .hp(850).armor(1).sight(9).radius(1.8125f).footprint(3)
                        .attributes(ARMORED, MECHANICAL, STRUCTURE)
                        .built(322, SCV).requires(COMMAND_CENTER),
                unit(BUNKER, "Bunker", TERRAN).cost(100, 0).time(640)
                        .hp(400).armor(1).sight(10).radius(1.8125f).footprint(3)
                        .attributes(ARMORED, MECHANICAL, STRUCTURE)
                        .built(324, SCV).requires(BARRACKS),
                unit(TECH_LAB, "TechLab", TERRAN).cost(50, 25).time(2)
                        .hp(400).armor(1).sight(9).radius(1.125f).footprint(2)
                        .attributes(ARMORED, MECHANICAL, STRUCTURE)
                        .ability(1666),
                unit(REACTOR, "Reactor", TERRAN).cost(50, 50).time(2)
                        .hp(400).armor(1).sight(9).radius(1.125f).footprint(2)
                        .attributes(ARMORED, MECHANICAL, STRUCTURE)
                        .ability(1674),
                unit(BARRACKS_TECH_LAB, "BarracksTechLab", TERRAN).cost(50, 25).time(400)
                        .hp(400).armor(1).sight(9).radius(1.125f).footprint(2)
                        .attributes(ARMORED, MECHANICAL, STRUCTURE)
                        .addon(421, BARRACKS).aliases(TECH_LAB),
                unit(BARRACKS_REACTOR, "BarracksReactor", TERRAN).cost(50, 50).time(800)
                        .hp(400).armor(1).sight(9).radius(1.125f).footprint(2)
                        .attributes(ARMORED, MECHANICAL, STRUCTURE)
                        .addon(422, BARRACKS).aliases(REACTOR),
                unit(FACTORY_TECH_LAB, "FactoryTechLab", TERRAN).cost(50, 25).time(400)
                        .hp(400).armor(1).sight(9).radius(1.125f).footprint(2)
                        .attributes(ARMORED, MECHANICAL, STRUCTURE)
                        .addon(454, FACTORY).aliases(TECH_LAB),
                unit(FACTORY_REACTOR, "FactoryReactor", TERRAN).cost(50, 50).time(800)
                        .hp(400).armor(1).sight(9).radius(1.125f).footprint(2)
                        .attributes(ARMORED, MECHANICAL, STRUCTURE)
                        .addon(455, FACTORY).aliases(REACTOR),
                unit(STARPORT_TECH_LAB, "StarportTechLab", TERRAN).cost(50, 25).time(400)
                        .hp(400).armor(1).sight(9).radius(1.125f).footprint(2)
                        .attributes(ARMORED, MECHANICAL, STRUCTURE)
                        .addon(487, STARPORT).aliases(TECH_LAB),
                unit(STARPORT_REACTOR, "StarportReactor", TERRAN).cost(50, 50).time(800)
                        .hp(400).armor(1).sight(9).radius(1.125f).footprint(2)
                        .attributes(ARMORED, MECHANICAL, STRUCTURE)
                        .addon(488, STARPORT).aliases(REACTOR),
                unit(PROBE, "Probe", PROTOSS).cost(50, 0).time(272).supply(1)
                        .hp(20).shields(20).armor(0).speed(2.8125f).sight(8).radius(0.375f)
                        .attributes(LIGHT, MECHANICAL)
                        .weapon(GROUND, 5, 1, 0.100097656f, 1.5f).worker()
                        .trained(1006, NEXUS),
                unit(ZEALOT, "Zealot", PROTOSS).cost(100, 0).time(608).supply(2)
                        .hp(100).shields(50).armor(1).speed(2.25f).sight(9).radius(0.5f)
                        .attributes(LIGHT, BIOLOGICAL)
                        .weapon(GROUND, 8, 2, 0.100097656f, 1.1999512f)
                        .trained(916, GATEWAY),
                unit(STALKER, "Stalker", PROTOSS).cost(125, 50).time(672).supply(2)
                        .hp(80).shields(80).armor(1).speed(2.953125f).sight(10).radius(0.625f)
                        .attributes(ARMORED, MECHANICAL)
                        .weapon(ANY, 13, 1, 6, 1.8701172f, bonus(ARMORED, 5))
                        .trained(917, GATEWAY).requires(CYBERNETICS_CORE),
                unit(ADEPT, "Adept", PROTOSS).cost(100, 25).time(672).supply(2)
                        .hp(70).shields(70).armor(1).speed(2.5f).sight(9).radius(0.5f)
                        .attributes(LIGHT, BIOLOGICAL)
                        .weapon(GROUND, 10, 1, 4, 2.25f, bonus(LIGHT, 12))
                        .trained(922, GATEWAY).requires(CYBERNETICS_CORE),
                unit(SENTRY, "Sentry", PROTOSS).cost(50, 100).time(592).supply(2)
                        .hp(40).shields(40).armor(1).speed(2.25f).sight(10).radius(0.5f).energy(50, 200)
                        .attributes(LIGHT, MECHANICAL, PSIONIC)
                        .documentedWeapon(ANY, 6, 1, 5, 1)
                        .trained(921, GATEWAY).requires(CYBERNETICS_CORE),
                unit(IMMORTAL, "Immortal", PROTOSS).cost(275, 100).time(880).supply(4)
                        .hp(200).shields(100).armor(1).speed(2.25f).sight(9).radius(0.75f)
                        .attributes(ARMORED, MECHANICAL)
                        .weapon(GROUND, 20, 1, 6, 1.4499512f, bonus(ARMORED, 30))
                        .trained(979, ROBOTICS_FACILITY),
                unit(OBSERVER, "Observer", PROTOSS).cost(25, 75).time(480).supply(1)
                        .hp(40).shields(20).armor(0).speed(1.875f).sight(11).radius(0.5f)
                        .attributes(LIGHT, MECHANICAL).flying()
                        .trained(977, ROBOTICS_FACILITY),
                unit(VOID_RAY, "VoidRay", PROTOSS).cost(200, 150).time(832).supply(4)
                        .hp(150).shields(100).armor(0).speed(2.75f).sight(10).radius(1)
                        .attributes(ARMORED, MECHANICAL)
                        .documentedWeapon(ANY, 6, 1, 6, 0.5f, bonus(ARMORED, 4)).flying()
                        .trained(950, STARGATE),
                unit(ORACLE, "Oracle", PROTOSS).cost(150, 150).time(832).supply(3)
                        .hp(100).shields(60).armor(0).speed(4).sight(10).radius(0.75f).energy(50, 200)
                        .attributes(ARMORED, MECHANICAL, PSIONIC)
                        .documentedWeapon(GROUND, 15, 1, 4, 0.86f, bonus(LIGHT, 7)).flying()
                        .trained(954, STARGATE),
                unit(NEXUS, "Nexus", PROTOSS).cost(400, 0).time(1600).provides(15)
                        .hp(1000).shields(1000).armor(1).sight(11).radius(2.75f).footprint(5).energy(50, 200)
                        .attributes(ARMORED, STRUCTURE).townhall()
                        .built(880, PROBE),
                unit(PYLON, "Pylon", PROTOSS).cost(100, 0).time(400).provides(8)
                        .hp(200).shields(200).armor(1).sight(9).radius(1.125f).footprint(2)
                        .attributes(ARMORED, STRUCTURE)
                        .built(881, PROBE),
                unit(ASSIMILATOR, "Assimilator", PROTOSS).cost(75, 0).time(480)
                        .hp(300).shields(300).armor(1).sight(9).radius(1.6875f).footprint(3)
                        .attributes(ARMORED, STRUCTURE)
                        .built(882, PROBE),
                unit(GATEWAY, "Gateway", PROTOSS).cost(150, 0).time(1040)
                        .hp(500).shields(500).armor(1).sight(9).radius(1.8125f).footprint(3)
                        .attributes(ARMORED, STRUCTURE)
                        .built(883, PROBE).requires(NEXUS),
                unit(WARP_GATE, "WarpGate", PROTOSS).cost(150, 0).net(0, 0).time(160)
                        .hp(500).shields(500).armor(1).sight(9).radius(1.8125f).footprint(3)
                        .attributes(ARMORED, STRUCTURE)
                        .morph(1518, GATEWAY).aliases(GATEWAY),
                unit(CYBERNETICS_CORE, "CyberneticsCore", PROTOSS).cost(150, 0).time(800)
                        .hp(550).shields(550).armor(1).sight(9).radius(1.8125f).footprint(3)
                        .attributes(ARMORED, STRUCTURE)
                        .built(894, PROBE).requires(GATEWAY),
                unit(FORGE, "Forge", PROTOSS).cost(150, 0).time(720)
                        .hp(400).shields(400).armor(1).sight(9).radius(1.8125f).footprint(3)
                        .attributes(ARMORED, STRUCTURE)
                        .built(884, PROBE).requires(NEXUS),
                unit(ROBOTICS_FACILITY, "RoboticsFacility", PROTOSS).cost(150, 100).time(1040)
                        .hp(450).shields(450).armor(1).sight(9).radius(1.8125f).footprint(3)
                        .attributes(ARMORED, STRUCTURE)
                        .built(893, PROBE).requires(CYBERNETICS_CORE),
                unit(STARGATE, "Stargate", PROTOSS).cost(150, 150).time(960)
                        .hp(600).shields(600).armor(1).sight(9).radius(1.8125f).footprint(3)
                        .attributes(ARMORED, STRUCTURE)
                        .built(889, PROBE).requires(CYBERNETICS_CORE),
                unit(PHOTON_CANNON, "PhotonCannon", PROTOSS).cost(150, 0).time(640)
                        .hp(150).shields(150).armor(1).sight(11).radius(1.125f).footprint(2)
                        .attributes(ARMORED, STRUCTURE)
                        .weapon(ANY, 20, 1, 7, 1.25f)
                        .built(887, PROBE).requires(FORGE),
                unit(TWILIGHT_COUNCIL, "TwilightCouncil", PROTOSS).cost(150, 100).time(800)
                        .hp(500).shields(500).armor(1).sight(9).radius(1.8125f).footprint(3)
                        .attributes(ARMORED, STRUCTURE)
                        .built(886, PROBE).requires(CYBERNETICS_CORE),
                unit(MINERAL_FIELD, "MineralField", NO_RACE).cost(0, 0)
                        .hp(10000).armor(10).sight(0).radius(1.125f).footprint(2, 1)
                        .attributes(STRUCTURE).minerals(),
                unit(MINERAL_FIELD_750, "MineralField750", NO_RACE).cost(0, 0)
                        .hp(10000).armor(10).sight(0).radius(1.125f).footprint(2, 1)
                        .attributes(STRUCTURE).minerals(),
                unit(RICH_MINERAL_FIELD, "RichMineralField", NO_RACE).cost(0, 0)
                        .hp(10000).armor(10).sight(0).radius(1.125f).footprint(2, 1)
                        .attributes(STRUCTURE).minerals(),
                unit(RICH_MINERAL_FIELD_750, "RichMineralField750", NO_RACE).cost(0, 0)
                        .hp(10000).armor(10).sight(0).radius(1.125f).footprint(2, 1)
                        .attributes(STRUCTURE).minerals(),
                unit(LAB_MINERAL_FIELD, "LabMineralField", NO_RACE).cost(0, 0)
                        .hp(10000).armor(10).sight(0).radius(1.125f).footprint(2, 1)
                        .attributes(STRUCTURE).minerals(),
                unit(LAB_MINERAL_FIELD_750, "LabMineralField750", NO_RACE).cost(0, 0)
                        .hp(10000).armor(10).sight(0).radius(1.125f).footprint(2, 1)
                        .attributes(STRUCTURE).minerals(),
                unit(VESPENE_GEYSER, "VespeneGeyser", NO_RACE).cost(0, 0)
                        .hp(10000).armor(10).sight(0).radius(1.5f).footprint(3)
                        .attributes(STRUCTURE).vespene(),
                unit(SPACE_PLATFORM_GEYSER, "SpacePlatformGeyser", NO_RACE).cost(0, 0)
                        .hp(10000).armor(10).sight(0).radius(1.5f).footprint(3)
                        .attributes(STRUCTURE).vespene()
                        .alias(VESPENE_GEYSER),
                unit(RICH_VESPENE_GEYSER, "RichVespeneGeyser", NO_RACE).cost(0, 0)
                        .hp(10000).armor(10).sight(0).radius(1.5f).footprint(3)
                        .attributes(STRUCTURE).vespene(),
                unit(PROTOSS_VESPENE_GEYSER, "ProtossVespeneGeyser", NO_RACE).cost(0, 0)
                        .hp(10000).armor(10).sight(0).radius(1.5f).footprint(3)
                        .attributes(STRUCTURE).vespene()
                        .alias(VESPENE_GEYSER)
        ).map(UnitRow::build).toList();
    }

    /** Instant or short transformations between modes of one unit; abilities from game_data (checked). */
    static List<ModeSwitch> modeSwitches() {
        return List.of(
                new ModeSwitch(388, SIEGE_TANK, SIEGE_TANK_SIEGED),
                new ModeSwitch(390, SIEGE_TANK_SIEGED, SIEGE_TANK),
                new ModeSwitch(556, SUPPLY_DEPOT, SUPPLY_DEPOT_LOWERED),
                new ModeSwitch(558, SUPPLY_DEPOT_LOWERED, SUPPLY_DEPOT),
                new ModeSwitch(403, VIKING_FIGHTER, VIKING_ASSAULT),
                new ModeSwitch(405, VIKING_ASSAULT, VIKING_FIGHTER));
    }
}
