package io.wickedzerg.sim.protocol;

import SC2APIProtocol.Common;
import SC2APIProtocol.Data;
import SC2APIProtocol.Sc2Api;
import io.wickedzerg.sim.data.Attribute;
import io.wickedzerg.sim.data.DamageBonus;
import io.wickedzerg.sim.data.ResourceKind;
import io.wickedzerg.sim.data.UnitCatalog;
import io.wickedzerg.sim.data.UnitFacts;
import io.wickedzerg.sim.data.UpgradeCatalog;
import io.wickedzerg.sim.data.UpgradeFacts;
import io.wickedzerg.sim.data.Weapon;
import io.wickedzerg.sim.data.table.GameDataTables;


/**
 * Answers {@code RequestData}: units and upgrades from the engine's catalogs; abilities, buffs and effects
 * as the real game serves them (every one, the abilities dense with their {@code remaps_to_ability_id}
 * links, from {@link GameDataTables}).
 */
public final class DataEncoder {
    /** Buffs the server puts on units (ids of game_data.pb): workers carrying minerals or gas, injects. */
    static final int BUFF_CARRY_MINERALS = 271;
    static final int BUFF_CARRY_GAS = 273;
    /** On a hatchery, lair or hive while a queen's inject runs. */
    static final int BUFF_QUEEN_SPAWN_LARVA_TIMER = 11;

    private final Sc2Api.ResponseData units;
    private final Sc2Api.ResponseData abilities;
    private final Sc2Api.ResponseData upgrades;
    private final Sc2Api.ResponseData buffs;
    private final Sc2Api.ResponseData effects;

    public DataEncoder(UnitCatalog catalog, UpgradeCatalog upgradeCatalog, GameDataTables tables) {
        Sc2Api.ResponseData.Builder u = Sc2Api.ResponseData.newBuilder();
        catalog.all().forEach(f -> u.addUnits(unit(f)));
        this.units = u.build();
        Sc2Api.ResponseData.Builder up = Sc2Api.ResponseData.newBuilder();
        upgradeCatalog.all().forEach(f -> up.addUpgrades(upgrade(f)));
        this.upgrades = up.build();
        this.abilities = Sc2Api.ResponseData.newBuilder().addAllAbilities(tables.abilities()).build();
        this.buffs = Sc2Api.ResponseData.newBuilder().addAllBuffs(tables.buffs()).build();
        this.effects = Sc2Api.ResponseData.newBuilder().addAllEffects(tables.effects()).build();
    }

    public Sc2Api.ResponseData answer(Sc2Api.RequestData request) {
        Sc2Api.ResponseData.Builder out = Sc2Api.ResponseData.newBuilder();
        if (request.getUnitTypeId()) {
            out.addAllUnits(units.getUnitsList());
        }
        if (request.getAbilityId()) {
            out.addAllAbilities(abilities.getAbilitiesList());
        }
        if (request.getUpgradeId()) {
            out.addAllUpgrades(upgrades.getUpgradesList());
        }
        if (request.getBuffId()) {
            out.addAllBuffs(buffs.getBuffsList());
        }
        if (request.getEffectId()) {
            out.addAllEffects(effects.getEffectsList());
        }
        return out.build();
    }

    private static Data.UnitTypeData unit(UnitFacts f) {
        Data.UnitTypeData.Builder b = Data.UnitTypeData.newBuilder()
                .setUnitId(f.id())
                .setName(f.name())
                .setAvailable(true)
                .setMineralCost(f.reportedCost().minerals())
                .setVespeneCost(f.reportedCost().vespene())
                .setFoodRequired(f.foodRequired())
                .setFoodProvided(f.foodProvided())
                .setRace(Common.Race.forNumber(f.race().protoValue()))
                .setBuildTime(f.buildTime())
                .setMovementSpeed(f.speed())
                .setArmor(f.armor())
                .setSightRange(f.sightRange())
                .setHasMinerals(f.resource() == ResourceKind.MINERALS)
                .setHasVespene(f.resource() == ResourceKind.VESPENE);
        if (f.abilityId() != 0) {
            b.setAbilityId(f.abilityId());
        }
        for (Attribute a : f.attributes()) {
            b.addAttributes(Data.Attribute.forNumber(a.protoValue()));
        }
        for (Weapon w : f.weapons()) {
            Data.Weapon.Builder wb = Data.Weapon.newBuilder()
                    .setType(Data.Weapon.TargetType.forNumber(w.target().protoValue()))
                    .setDamage(w.damage()).setAttacks(w.attacks()).setRange(w.range()).setSpeed(w.cooldown());
            for (DamageBonus bonus : w.bonuses()) {
                wb.addDamageBonus(Data.DamageBonus.newBuilder()
                        .setAttribute(Data.Attribute.forNumber(bonus.attribute().protoValue())).setBonus(bonus.bonus()));
            }
            b.addWeapons(wb);
        }
        if (f.techRequirement() != 0) {
            b.setTechRequirement(f.techRequirement()).setRequireAttached(f.requiresAttached());
        }
        f.techAliases().forEach(b::addTechAlias);
        if (f.unitAlias() != 0) {
            b.setUnitAlias(f.unitAlias());
        }
        if (!f.isStructure() && f.foodRequired() > 0) {
            b.setCargoSize(Math.max(1, Math.round(f.foodRequired())));
        }
        return b.build();
    }

    private static Data.UpgradeData upgrade(UpgradeFacts f) {
        return Data.UpgradeData.newBuilder()
                .setUpgradeId(f.id()).setName(f.name())
                .setMineralCost(f.cost().minerals()).setVespeneCost(f.cost().vespene())
                .setResearchTime(f.researchTime()).setAbilityId(f.abilityId())
                .build();
    }

}
