package io.wickedzerg.sim.engine;

import static io.wickedzerg.sim.data.UnitTypeIds.ASSIMILATOR;
import static io.wickedzerg.sim.data.UnitTypeIds.EXTRACTOR;
import static io.wickedzerg.sim.data.UnitTypeIds.HATCHERY;
import static io.wickedzerg.sim.data.UnitTypeIds.HIVE;
import static io.wickedzerg.sim.data.UnitTypeIds.LAIR;
import static io.wickedzerg.sim.data.UnitTypeIds.REFINERY;

/** Families of unit types that share engine behaviour. */
final class TypeGroups {
    private TypeGroups() {
    }

    static boolean isZergTownhall(int type) {
        return type == HATCHERY || type == LAIR || type == HIVE;
    }

    static boolean isGasBuilding(int type) {
        return type == EXTRACTOR || type == REFINERY || type == ASSIMILATOR;
    }
}
