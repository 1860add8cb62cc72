package io.wickedzerg.sim.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import SC2APIProtocol.Data;
import SC2APIProtocol.Raw;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

class UnitCatalogTest {
    private static final String[] FIXTURE_MAPS = {
            "AbyssalReefLE", "AcidPlantLE", "AutomatonLE", "CyberForestLE", "KairosJunctionLE", "KingsCoveLE"};

    private final UnitCatalog catalog = UnitCatalog.standard();

    @Test
    void everyStoredValueEqualsTheRealGameData() {
        Map<Integer, Data.UnitTypeData> real = Sc2Fixtures.gameData().getData().getUnitsList().stream()
                .collect(Collectors.toMap(Data.UnitTypeData::getUnitId, Function.identity(), (a, b) -> a));
        SoftAssertions soft = new SoftAssertions();
        for (UnitFacts unit : catalog.all()) {
            Data.UnitTypeData data = real.get(unit.id());
            soft.assertThat(data).as("game_data has unit type %d (%s)", unit.id(), unit.name()).isNotNull();
            if (data == null) {
                continue;
            }
            String who = unit.name() + " (" + unit.id() + ")";
            soft.assertThat(data.getAvailable()).as("%s available", who).isTrue();
            soft.assertThat(unit.name()).as("%s name", who).isEqualTo(data.getName());
            soft.assertThat(unit.race().protoValue()).as("%s race", who).isEqualTo(data.getRace().getNumber());
            soft.assertThat(unit.reportedCost()).as("%s cost", who)
                    .isEqualTo(new Cost(data.getMineralCost(), data.getVespeneCost()));
            soft.assertThat(unit.buildTime()).as("%s build time", who).isEqualTo(data.getBuildTime());
            soft.assertThat(unit.foodRequired()).as("%s food required", who).isEqualTo(data.getFoodRequired());
            soft.assertThat(unit.foodProvided()).as("%s food provided", who).isEqualTo(data.getFoodProvided());
            soft.assertThat(unit.armor()).as("%s armor", who).isEqualTo(data.getArmor());
            soft.assertThat(unit.speed()).as("%s speed", who).isEqualTo(data.getMovementSpeed());
            soft.assertThat(unit.sightRange()).as("%s sight", who).isEqualTo(data.getSightRange());
            soft.assertThat(unit.attributes()).as("%s attributes", who).isEqualTo(attributes(data));
            soft.assertThat(unit.abilityId()).as("%s ability", who).isEqualTo(data.getAbilityId());
            soft.assertThat(unit.techRequirement()).as("%s tech requirement", who).isEqualTo(data.getTechRequirement());
            soft.assertThat(unit.requiresAttached()).as("%s requires attached", who).isEqualTo(data.getRequireAttached());
            soft.assertThat(unit.techAliases()).as("%s tech aliases", who).isEqualTo(data.getTechAliasList());
            soft.assertThat(unit.unitAlias()).as("%s unit alias", who).isEqualTo(data.getUnitAlias());
            soft.assertThat(unit.resource() == ResourceKind.MINERALS).as("%s has minerals", who).isEqualTo(data.getHasMinerals());
            if (unit.race() == Race.NO_RACE) {
                soft.assertThat(unit.resource() == ResourceKind.VESPENE).as("%s has vespene", who).isEqualTo(data.getHasVespene());
            }
            if (unit.weaponSource() == WeaponSource.GAME_DATA) {
                soft.assertThat(unit.weapons()).as("%s weapons", who).isEqualTo(weapons(data));
            } else {
                soft.assertThat(data.getWeaponsCount()).as("%s: documented weapon only where game_data has none", who).isZero();
                soft.assertThat(unit.weapons()).as("%s documented weapon", who).isNotEmpty();
            }
        }
        soft.assertAll();
    }

    @Test
    void creationAbilitiesExistAndBuildingFootprintsMatchTheirPlacementAbility() {
        Map<Integer, Data.AbilityData> abilities = Sc2Fixtures.gameData().getData().getAbilitiesList().stream()
                .collect(Collectors.toMap(Data.AbilityData::getAbilityId, Function.identity()));
        SoftAssertions soft = new SoftAssertions();
        for (UnitFacts unit : catalog.all()) {
            if (unit.production() == ProductionKind.NONE) {
                continue;
            }
            Data.AbilityData ability = abilities.get(unit.abilityId());
            soft.assertThat(ability).as("%s is created by ability %d", unit.name(), unit.abilityId()).isNotNull();
            if (ability == null) {
                continue;
            }
            soft.assertThat(ability.getAvailable()).as("%s ability available", unit.name()).isTrue();
            // Add-on abilities report the footprint of the producer plus the add-on, so they say nothing about the add-on itself.
            if (ability.getIsBuilding() && unit.production() != ProductionKind.ADDON) {
                float side = ability.getFootprintRadius() * 2;
                soft.assertThat(unit.footprint()).as("%s footprint", unit.name()).isEqualTo(new Footprint((int) side, (int) side));
            }
        }
        for (int switchAbility : List.of(388, 390, 556, 558, 403, 405)) {
            soft.assertThat(abilities.get(switchAbility)).as("mode switch %d", switchAbility).isNotNull();
            soft.assertThat(catalog.modeSwitch(switchAbility)).as("mode switch %d in catalog", switchAbility).isPresent();
        }
        soft.assertAll();
    }

    @Test
    void hitPointsShieldsAndRadiiMatchRealObservationsWhereTheUnitAppears() {
        List<String> checked = new ArrayList<>();
        SoftAssertions soft = new SoftAssertions();
        for (String map : FIXTURE_MAPS) {
            for (Raw.Unit seen : Sc2Fixtures.observation(map).getObservation().getRawData().getUnitsList()) {
                // a rock's size is its map's (NeutralUnits), not the catalog's
                catalog.find(seen.getUnitType()).filter(u -> u.race() != Race.NO_RACE || u.resource() != ResourceKind.NONE)
                        .ifPresent(unit -> {
                    soft.assertThat(unit.radius()).as("%s radius on %s", unit.name(), map).isEqualTo(seen.getRadius());
                    if (seen.getHealthMax() > 0) {
                        soft.assertThat((float) unit.hp()).as("%s hp on %s", unit.name(), map).isEqualTo(seen.getHealthMax());
                        soft.assertThat((float) unit.shields()).as("%s shields on %s", unit.name(), map).isEqualTo(seen.getShieldMax());
                    }
                    checked.add(unit.name());
                });
            }
        }
        soft.assertAll();
        assertThat(checked).contains("SCV", "CommandCenter", "MineralField", "MineralField750", "VespeneGeyser");
    }

    @Test
    void netCostIsWhatTheGameReportsMinusTheConsumedUnit() {
        for (UnitFacts unit : catalog.all()) {
            if (unit.morphsFrom() != 0) {
                Cost consumed = catalog.get(unit.morphsFrom()).reportedCost();
                assertThat(unit.netCost()).as(unit.name()).isEqualTo(unit.reportedCost().minus(consumed));
            } else {
                assertThat(unit.netCost()).as(unit.name()).isEqualTo(unit.reportedCost());
            }
        }
        assertThat(catalog.get(UnitTypeIds.HATCHERY).reportedCost()).isEqualTo(new Cost(350, 0));
        assertThat(catalog.get(UnitTypeIds.HATCHERY).netCost()).isEqualTo(new Cost(300, 0));
        assertThat(catalog.get(UnitTypeIds.LAIR).netCost()).isEqualTo(new Cost(150, 100));
        assertThat(catalog.get(UnitTypeIds.ORBITAL_COMMAND).netCost()).isEqualTo(new Cost(150, 0));
    }

    @Test
    void everyReferencedTypeIsInTheCatalog() {
        for (UnitFacts unit : catalog.all()) {
            assertThat(unit.producers()).as("producers of %s", unit.name()).allSatisfy(id -> assertThat(catalog.contains(id)).isTrue());
            assertThat(unit.producers().isEmpty()).as("%s has producers iff it is produced", unit.name())
                    .isEqualTo(unit.production() == ProductionKind.NONE);
            if (unit.techRequirement() != 0) {
                assertThat(catalog.contains(unit.techRequirement())).as("requirement of %s", unit.name()).isTrue();
            }
            if (unit.morphsFrom() != 0) {
                assertThat(unit.producers()).as(unit.name()).contains(unit.morphsFrom());
            }
        }
    }

    @Test
    void coversTheEarlyAndMidGameOfAllThreeRaces() {
        assertThat(names(Race.ZERG)).contains("Larva", "Egg", "Drone", "Overlord", "Overseer", "Zergling", "Baneling",
                "Roach", "Ravager", "Hydralisk", "Queen", "Mutalisk", "Infestor", "Hatchery", "Lair", "Extractor",
                "SpawningPool", "EvolutionChamber", "RoachWarren", "BanelingNest", "HydraliskDen", "Spire",
                "SpineCrawler", "SporeCrawler", "CreepTumor", "CreepTumorQueen", "CreepTumorBurrowed");
        assertThat(names(Race.TERRAN)).contains("SCV", "Marine", "Marauder", "Reaper", "Hellion", "SiegeTank",
                "SiegeTankSieged", "Medivac", "VikingFighter", "VikingAssault", "CommandCenter", "OrbitalCommand",
                "SupplyDepot", "SupplyDepotLowered", "Refinery", "Barracks", "Factory", "Starport", "EngineeringBay",
                "Bunker", "BarracksTechLab", "BarracksReactor", "FactoryTechLab", "StarportReactor");
        assertThat(names(Race.PROTOSS)).contains("Probe", "Zealot", "Stalker", "Adept", "Sentry", "Immortal",
                "Observer", "VoidRay", "Oracle", "Nexus", "Pylon", "Assimilator", "Gateway", "WarpGate",
                "CyberneticsCore", "Forge", "RoboticsFacility", "Stargate", "PhotonCannon", "TwilightCouncil");
        assertThat(names(Race.NO_RACE)).contains("MineralField", "MineralField750", "VespeneGeyser");
    }

    @Test
    void everyCombatUnitAndStructureHasHitPoints() {
        for (UnitFacts unit : catalog.all()) {
            if (unit.resource() == ResourceKind.NONE) {
                assertThat(unit.hp()).as(unit.name()).isPositive();
                assertThat(unit.radius()).as(unit.name()).isPositive();
            }
            assertThat(unit.isStructure() && unit.resource() == ResourceKind.NONE && unit.race() != Race.NO_RACE)
                    .as("%s: structures have a footprint", unit.name())
                    .isEqualTo(unit.isStructure() && !unit.footprint().isNone() && unit.resource() == ResourceKind.NONE);
        }
        assertThat(catalog.get(UnitTypeIds.STALKER).shields()).isEqualTo(80);
        assertThat(catalog.get(UnitTypeIds.ZERGLING).shields()).isZero();
    }

    @Test
    void looksUpByIdNameAndAbility() {
        assertThat(catalog.get(UnitTypeIds.MARINE).name()).isEqualTo("Marine");
        assertThat(catalog.byName("sPaWnInGpOoL")).map(UnitFacts::id).contains(UnitTypeIds.SPAWNING_POOL);
        assertThat(catalog.byName("Battlecruiser")).isEmpty();
        assertThat(catalog.createdBy(560)).map(UnitFacts::name).contains("Marine");
        assertThat(catalog.createdBy(1343)).map(UnitFacts::unitsPerOrder).contains(2);
        assertThat(catalog.createdBy(1152)).map(UnitFacts::production).contains(ProductionKind.DRONE_MORPH);
        assertThat(catalog.createdBy(388)).as("siege is a mode switch, not production").isEmpty();
        assertThat(catalog.modeSwitch(388)).map(ModeSwitch::toType).contains(UnitTypeIds.SIEGE_TANK_SIEGED);
        assertThat(catalog.find(999_999)).isEmpty();
        assertThatThrownBy(() -> catalog.get(999_999)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("999999");
        assertThat(catalog.all()).hasSizeGreaterThanOrEqualTo(85);
    }

    @Test
    void techAliasesLetALairCountAsAHatchery() {
        assertThat(catalog.get(UnitTypeIds.LAIR).satisfies(UnitTypeIds.HATCHERY)).isTrue();
        assertThat(catalog.get(UnitTypeIds.HATCHERY).satisfies(UnitTypeIds.LAIR)).isFalse();
        assertThat(catalog.get(UnitTypeIds.BARRACKS_TECH_LAB).satisfies(UnitTypeIds.TECH_LAB)).isTrue();
    }

    @Test
    void rejectsDuplicateIdsAndAbilities() {
        UnitFacts marine = catalog.get(UnitTypeIds.MARINE);
        assertThatThrownBy(() -> new UnitCatalog(List.of(marine, marine), List.of()))
                .hasMessageContaining("duplicate unit type id 48");
    }

    private List<String> names(Race race) {
        return catalog.ofRace(race).stream().map(UnitFacts::name).toList();
    }

    private static Set<Attribute> attributes(Data.UnitTypeData data) {
        Set<Attribute> set = EnumSet.noneOf(Attribute.class);
        data.getAttributesList().forEach(a -> set.add(Attribute.fromProto(a.getNumber())));
        return set;
    }

    private static List<Weapon> weapons(Data.UnitTypeData data) {
        return data.getWeaponsList().stream().map(w -> new Weapon(
                WeaponTarget.fromProto(w.getType().getNumber()),
                w.getDamage(),
                w.getDamageBonusList().stream()
                        .map(b -> new DamageBonus(Attribute.fromProto(b.getAttribute().getNumber()), b.getBonus()))
                        .toList(),
                w.getAttacks(), w.getRange(), w.getSpeed())).toList();
    }
}
