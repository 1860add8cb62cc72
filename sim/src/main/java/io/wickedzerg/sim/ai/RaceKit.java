package io.wickedzerg.sim.ai;

import io.wickedzerg.sim.data.Race;
import io.wickedzerg.sim.data.UnitTypeIds;

/** The economy types of a race: its worker, townhall, supply provider and gas building. */
record RaceKit(Race race, int worker, int townhall, int supply, int gasBuilding) {
    static RaceKit of(Race race) {
        return switch (race) {
            case ZERG -> new RaceKit(race, UnitTypeIds.DRONE, UnitTypeIds.HATCHERY, UnitTypeIds.OVERLORD, UnitTypeIds.EXTRACTOR);
            case PROTOSS -> new RaceKit(race, UnitTypeIds.PROBE, UnitTypeIds.NEXUS, UnitTypeIds.PYLON, UnitTypeIds.ASSIMILATOR);
            default -> new RaceKit(Race.TERRAN, UnitTypeIds.SCV, UnitTypeIds.COMMAND_CENTER, UnitTypeIds.SUPPLY_DEPOT,
                    UnitTypeIds.REFINERY);
        };
    }
}
