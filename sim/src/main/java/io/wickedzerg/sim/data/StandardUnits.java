package io.wickedzerg.sim.data;

import static io.wickedzerg.sim.data.Attribute.STRUCTURE;
import static io.wickedzerg.sim.data.Race.NO_RACE;
import static io.wickedzerg.sim.data.UnitRow.unit;
import static io.wickedzerg.sim.data.UnitTypeIds.*;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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
 * (mineral field 2x1, geyser 3x3). Every other neutral type of the game comes from {@link NeutralUnits}.
 */
final class StandardUnits {
    private StandardUnits() {
    }

    static List<UnitFacts> all() {
        List<UnitFacts> written = Stream.of(ZergUnits.rows(), TerranUnits.rows(), ProtossUnits.rows(), resources())
                .flatMap(List::stream).map(UnitRow::build).toList();
        Set<Integer> ids = written.stream().map(UnitFacts::id).collect(Collectors.toSet());
        return Stream.concat(written.stream(), NeutralUnits.all(ids).stream()).toList();
    }

    /** The neutral units maps place: mineral fields and vespene geysers. */
    private static List<UnitRow> resources() {
        return List.of(
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
                        .alias(VESPENE_GEYSER));
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
