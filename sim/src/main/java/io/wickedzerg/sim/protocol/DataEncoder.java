package io.wickedzerg.sim.protocol;

import SC2APIProtocol.Common;
import SC2APIProtocol.Data;
import SC2APIProtocol.Sc2Api;
import io.wickedzerg.sim.data.Attribute;
import io.wickedzerg.sim.data.DamageBonus;
import io.wickedzerg.sim.data.ProductionKind;
import io.wickedzerg.sim.data.ResourceKind;
import io.wickedzerg.sim.data.UnitCatalog;
import io.wickedzerg.sim.data.UnitFacts;
import io.wickedzerg.sim.data.UpgradeCatalog;
import io.wickedzerg.sim.data.UpgradeFacts;
import io.wickedzerg.sim.data.Weapon;
import io.wickedzerg.sim.engine.AbilityIds;

import java.util.Map;
import java.util.TreeMap;

/**
 * Answers {@code RequestData} from the unit and upgrade catalogs. Abilities are served without
 * {@code remaps_to_ability_id}: ocraft fails on remaps that point past the list it got.
 */
public final class DataEncoder {
    /** Buffs the server puts on units: workers carrying minerals or gas. */
    static final int BUFF_CARRY_MINERALS = 271;
    static final int BUFF_CARRY_GAS = 273;

    private final Sc2Api.ResponseData units;
    private final Sc2Api.ResponseData abilities;
    private final Sc2Api.ResponseData upgrades;
    private final Sc2Api.ResponseData buffs;

    public DataEncoder(UnitCatalog catalog, UpgradeCatalog upgradeCatalog) {
        Sc2Api.ResponseData.Builder u = Sc2Api.ResponseData.newBuilder();
        catalog.all().forEach(f -> u.addUnits(unit(f)));
        this.units = u.build();
        Sc2Api.ResponseData.Builder up = Sc2Api.ResponseData.newBuilder();
        upgradeCatalog.all().forEach(f -> up.addUpgrades(upgrade(f)));
        this.upgrades = up.build();
        this.abilities = Sc2Api.ResponseData.newBuilder().addAllAbilities(abilities(catalog, upgradeCatalog).values()).build();
        this.buffs = Sc2Api.ResponseData.newBuilder()
                .addBuffs(Data.BuffData.newBuilder().setBuffId(BUFF_CARRY_MINERALS).setName("CarryMineralFieldMinerals"))
                .addBuffs(Data.BuffData.newBuilder().setBuffId(BUFF_CARRY_GAS).setName("CarryHarvestableVespeneGeyserGas"))
                .build();
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

    private static Map<Integer, Data.AbilityData> abilities(UnitCatalog catalog, UpgradeCatalog upgrades) {
        Map<Integer, Data.AbilityData> out = new TreeMap<>();
        generic(out, AbilityIds.SMART, "Smart", "Smart", Data.AbilityData.Target.PointOrUnit);
        generic(out, AbilityIds.STOP, "Stop", "Stop", Data.AbilityData.Target.None);
        generic(out, AbilityIds.MOVE, "move", "Move", Data.AbilityData.Target.PointOrUnit);
        generic(out, AbilityIds.PATROL, "move", "Patrol", Data.AbilityData.Target.PointOrUnit);
        generic(out, AbilityIds.HOLD_POSITION, "move", "HoldPosition", Data.AbilityData.Target.None);
        generic(out, AbilityIds.SCAN_MOVE, "move", "ScanMove", Data.AbilityData.Target.PointOrUnit);
        generic(out, AbilityIds.ATTACK, "attack", "Attack", Data.AbilityData.Target.PointOrUnit);
        generic(out, AbilityIds.GATHER_SCV, "SCVHarvest", "Gather", Data.AbilityData.Target.Unit);
        generic(out, AbilityIds.RETURN_SCV, "SCVHarvest", "ReturnCargo", Data.AbilityData.Target.None);
        generic(out, AbilityIds.GATHER_PROBE, "ProbeHarvest", "Gather", Data.AbilityData.Target.Unit);
        generic(out, AbilityIds.RETURN_PROBE, "ProbeHarvest", "ReturnCargo", Data.AbilityData.Target.None);
        generic(out, AbilityIds.GATHER_DRONE, "DroneHarvest", "Gather", Data.AbilityData.Target.Unit);
        generic(out, AbilityIds.RETURN_DRONE, "DroneHarvest", "ReturnCargo", Data.AbilityData.Target.None);
        generic(out, AbilityIds.INJECT_LARVA, "QueenSpawnLarva", "InjectLarva", Data.AbilityData.Target.Unit);
        generic(out, AbilityIds.RALLY_HATCHERY_UNITS, "RallyHatchery", "Rally", Data.AbilityData.Target.PointOrUnit);
        generic(out, AbilityIds.RALLY_HATCHERY_WORKERS, "RallyHatchery", "RallyWorkers", Data.AbilityData.Target.PointOrUnit);
        generic(out, AbilityIds.RALLY_BUILDING, "Rally", "Rally", Data.AbilityData.Target.PointOrUnit);
        generic(out, AbilityIds.CANCEL_LAST, "Cancel", "CancelLast", Data.AbilityData.Target.None);
        for (UnitFacts f : catalog.all()) {
            if (f.abilityId() == 0 || f.production() == ProductionKind.NONE || out.containsKey(f.abilityId())) {
                continue;
            }
            boolean building = f.production() == ProductionKind.BUILD || f.production() == ProductionKind.DRONE_MORPH;
            Data.AbilityData.Builder b = Data.AbilityData.newBuilder()
                    .setAbilityId(f.abilityId())
                    .setLinkName(linkName(f))
                    .setLinkIndex(0)
                    .setButtonName(f.name())
                    .setFriendlyName(verb(f) + " " + f.name())
                    .setAvailable(true)
                    .setTarget(building ? (f.resource() == ResourceKind.NONE && !isGas(f) ? Data.AbilityData.Target.Point : Data.AbilityData.Target.Unit)
                            : Data.AbilityData.Target.None)
                    .setIsBuilding(building);
            if (building && !f.footprint().isNone()) {
                b.setFootprintRadius(f.footprint().width() / 2f);
            }
            out.put(f.abilityId(), b.build());
        }
        for (UpgradeFacts u : upgrades.all()) {
            out.putIfAbsent(u.abilityId(), Data.AbilityData.newBuilder().setAbilityId(u.abilityId())
                    .setLinkName("Research").setLinkIndex(0).setButtonName(u.name())
                    .setFriendlyName("Research " + u.name()).setAvailable(true)
                    .setTarget(Data.AbilityData.Target.None).build());
        }
        return out;
    }

    private static boolean isGas(UnitFacts f) {
        return f.name().equals("Extractor") || f.name().equals("Refinery") || f.name().equals("Assimilator");
    }

    private static String verb(UnitFacts f) {
        return switch (f.production()) {
            case BUILD, DRONE_MORPH -> "Build";
            case MORPH -> "Morph";
            default -> "Train";
        };
    }

    private static String linkName(UnitFacts f) {
        return verb(f) + f.name();
    }

    private static void generic(Map<Integer, Data.AbilityData> out, int id, String link, String button,
                                Data.AbilityData.Target target) {
        out.put(id, Data.AbilityData.newBuilder().setAbilityId(id).setLinkName(link).setLinkIndex(0)
                .setButtonName(button).setFriendlyName(button).setAvailable(true).setTarget(target).build());
    }
}
