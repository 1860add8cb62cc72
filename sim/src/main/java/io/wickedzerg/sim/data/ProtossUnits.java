package io.wickedzerg.sim.data;

import static io.wickedzerg.sim.data.Attribute.ARMORED;
import static io.wickedzerg.sim.data.Attribute.BIOLOGICAL;
import static io.wickedzerg.sim.data.Attribute.LIGHT;
import static io.wickedzerg.sim.data.Attribute.MECHANICAL;
import static io.wickedzerg.sim.data.Attribute.PSIONIC;
import static io.wickedzerg.sim.data.Attribute.STRUCTURE;
import static io.wickedzerg.sim.data.Race.PROTOSS;
import static io.wickedzerg.sim.data.UnitRow.bonus;
import static io.wickedzerg.sim.data.UnitRow.unit;
import static io.wickedzerg.sim.data.UnitTypeIds.*;
import static io.wickedzerg.sim.data.WeaponTarget.ANY;
import static io.wickedzerg.sim.data.WeaponTarget.GROUND;

import java.util.List;

/** The Protoss rows of the unit table ({@link StandardUnits} says where the values come from). */
final class ProtossUnits {
    private ProtossUnits() {
    }

    static List<UnitRow> rows() {
        return List.of(
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
                        .built(886, PROBE).requires(CYBERNETICS_CORE));
    }
}
