package io.wickedzerg.sim.ai;

import io.wickedzerg.sim.data.ProductionKind;
import io.wickedzerg.sim.data.UnitCatalog;
import io.wickedzerg.sim.data.UnitFacts;
import io.wickedzerg.sim.data.UpgradeCatalog;
import io.wickedzerg.sim.data.UpgradeFacts;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The structures an army plan needs, read from the unit table rather than written per race: each unit's
 * producer and tech requirement, their requirements in turn, requirements first. A Stalker needs a Gateway
 * and a Cybernetics Core; a Hydralisk a Spawning Pool, a Lair and a Hydralisk Den.
 */
final class TechPath {
    private TechPath() {
    }

    static List<Integer> structuresFor(AiProfile profile, UnitCatalog units, UpgradeCatalog upgrades, int townhall) {
        Set<Integer> ordered = new LinkedHashSet<>();
        for (ArmyShare share : profile.army().mix()) {
            UnitFacts unit = units.get(share.unitType());
            for (int producer : unit.producers()) {
                if (units.get(producer).isStructure()) {
                    addWithRequirements(producer, units, ordered, townhall);
                    break;
                }
            }
            if (unit.production() == ProductionKind.MORPH) {
                addWithRequirements(unit.morphsFrom(), units, ordered, townhall);
            }
            addWithRequirements(unit.techRequirement(), units, ordered, townhall);
        }
        for (int upgradeId : profile.army().upgrades()) {
            UpgradeFacts upgrade = upgrades.get(upgradeId);
            addWithRequirements(upgrade.techRequirement(), units, ordered, townhall);
            addWithRequirements(upgrade.researchedBy(), units, ordered, townhall);
        }
        return new ArrayList<>(ordered);
    }

    private static void addWithRequirements(int type, UnitCatalog units, Set<Integer> ordered, int townhall) {
        if (type == 0 || type == townhall || ordered.contains(type)) {
            return;
        }
        UnitFacts facts = units.get(type);
        if (!facts.isStructure()) {
            return;
        }
        addWithRequirements(facts.techRequirement(), units, ordered, townhall);
        if (facts.production() == ProductionKind.MORPH) {
            addWithRequirements(facts.morphsFrom(), units, ordered, townhall);
        }
        ordered.add(type);
    }
}
