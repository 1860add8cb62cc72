package io.wickedzerg.sim.engine;

import io.wickedzerg.sim.data.ProductionKind;
import io.wickedzerg.sim.data.UnitFacts;
import io.wickedzerg.sim.data.UnitTypeIds;
import io.wickedzerg.sim.data.UpgradeFacts;

import java.util.ArrayList;
import java.util.List;

/** What a unit could be told to do now (the answer to a query for available abilities). */
final class AvailableAbilities {
    private final Game game;
    private final Requirements requirements;
    private final ProductionCommands production;

    AvailableAbilities(Game game, Requirements requirements, ProductionCommands production) {
        this.game = game;
        this.requirements = requirements;
        this.production = production;
    }

    List<Integer> of(int playerId, long tag) {
        SimUnit u = game.unit(tag);
        List<Integer> abilities = new ArrayList<>();
        if (u == null || u.owner != playerId) {
            return abilities;
        }
        if (!u.isStructure() && u.facts.speed() > 0) {
            abilities.add(AbilityIds.SMART);
            abilities.add(AbilityIds.MOVE);
            abilities.add(AbilityIds.PATROL);
            abilities.add(AbilityIds.HOLD_POSITION);
            abilities.add(AbilityIds.STOP);
            if (!u.facts.weapons().isEmpty()) {
                abilities.add(AbilityIds.ATTACK);
            }
        }
        if (u.facts.worker()) {
            abilities.add(AbilityIds.gather(u.facts.race()));
            if (u.cargoMinerals > 0 || u.cargoVespene > 0) {
                abilities.add(AbilityIds.returnCargo(u.facts.race()));
            }
        }
        for (UnitFacts f : game.catalog.all()) {
            if (f.abilityId() == 0 || f.production() == ProductionKind.SPAWN || !requirements.techMet(playerId, f.techRequirement())) {
                continue;
            }
            boolean producer = f.producers().contains(u.facts.id())
                    || f.production() == ProductionKind.LARVA && TypeGroups.isZergTownhall(u.facts.id()) && production.larvaOf(u) != null;
            boolean morph = f.production() == ProductionKind.MORPH && f.morphsFrom() == u.facts.id();
            boolean blocked = game.addOns.building(u) || !game.addOns.attachedRequirementMet(u, f)
                    || f.production() == ProductionKind.ADDON && (game.addOns.attached(u) != null || !u.queue.isEmpty());
            if ((producer || morph) && u.finished() && !blocked) {
                abilities.add(f.abilityId());
            }
        }
        for (UpgradeFacts up : game.upgradeCatalog.all()) {
            PlayerState p = game.player(playerId);
            if (u.facts.satisfies(up.researchedBy()) && u.finished() && !p.upgrades.contains(up.id())
                    && !p.researching.contains(up.id()) && requirements.techMet(playerId, up.techRequirement())) {
                abilities.add(up.abilityId());
            }
        }
        if (u.facts.id() == UnitTypeIds.QUEEN && u.energy >= Producing.INJECT_ENERGY) {
            abilities.add(AbilityIds.INJECT_LARVA);
        }
        if (game.tumors.canCast(u)) {
            abilities.add(u.facts.id() == UnitTypeIds.QUEEN
                    ? AbilityIds.BUILD_CREEP_TUMOR_QUEEN : AbilityIds.BUILD_CREEP_TUMOR_TUMOR);
        }
        return abilities.stream().distinct().toList();
    }
}
