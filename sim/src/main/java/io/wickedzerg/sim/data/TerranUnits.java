package io.wickedzerg.sim.data;

import static io.wickedzerg.sim.data.Attribute.ARMORED;
import static io.wickedzerg.sim.data.Attribute.BIOLOGICAL;
import static io.wickedzerg.sim.data.Attribute.LIGHT;
import static io.wickedzerg.sim.data.Attribute.MECHANICAL;
import static io.wickedzerg.sim.data.Attribute.STRUCTURE;
import static io.wickedzerg.sim.data.Race.TERRAN;
import static io.wickedzerg.sim.data.UnitRow.bonus;
import static io.wickedzerg.sim.data.UnitRow.unit;
import static io.wickedzerg.sim.data.UnitTypeIds.*;
import static io.wickedzerg.sim.data.WeaponTarget.AIR;
import static io.wickedzerg.sim.data.WeaponTarget.ANY;
import static io.wickedzerg.sim.data.WeaponTarget.GROUND;

import java.util.List;

/** The Terran rows of the unit table ({@link StandardUnits} says where the values come from). */
final class TerranUnits {
    private TerranUnits() {
    }

    static List<UnitRow> rows() {
        return List.of(
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
                        .addon(488, STARPORT).aliases(REACTOR));
    }
}
