package io.wickedzerg.sim.data;

import static io.wickedzerg.sim.data.Attribute.ARMORED;
import static io.wickedzerg.sim.data.Attribute.BIOLOGICAL;
import static io.wickedzerg.sim.data.Attribute.LIGHT;
import static io.wickedzerg.sim.data.Attribute.PSIONIC;
import static io.wickedzerg.sim.data.Attribute.STRUCTURE;
import static io.wickedzerg.sim.data.Race.ZERG;
import static io.wickedzerg.sim.data.UnitRow.bonus;
import static io.wickedzerg.sim.data.UnitRow.unit;
import static io.wickedzerg.sim.data.UnitTypeIds.*;
import static io.wickedzerg.sim.data.WeaponTarget.AIR;
import static io.wickedzerg.sim.data.WeaponTarget.ANY;
import static io.wickedzerg.sim.data.WeaponTarget.GROUND;

import java.util.List;

/** The Zerg rows of the unit table ({@link StandardUnits} says where the values come from). */
final class ZergUnits {
    private ZergUnits() {
    }

    static List<UnitRow> rows() {
        return List.of(
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
                        .ability(1662).aliases(CREEP_TUMOR).alias(CREEP_TUMOR));
    }
}
