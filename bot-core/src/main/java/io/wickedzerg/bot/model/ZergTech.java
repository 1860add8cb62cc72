package io.wickedzerg.bot.model;

import com.github.ocraft.s2client.protocol.data.Abilities;
import com.github.ocraft.s2client.protocol.data.Ability;
import com.github.ocraft.s2client.protocol.data.UnitType;
import com.github.ocraft.s2client.protocol.data.Units;
import com.github.ocraft.s2client.protocol.data.Upgrade;
import com.github.ocraft.s2client.protocol.data.Upgrades;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The part of the Zerg tech tree this bot uses, as an immutable table: names for build-order files,
 * costs for the resource ledger, abilities for commands, and ability-to-product lookups so the
 * snapshot can count what is in production.
 */
public final class ZergTech {

    public static final Set<UnitType> TOWNHALLS = Set.of(Units.ZERG_HATCHERY, Units.ZERG_LAIR, Units.ZERG_HIVE);
    public static final Set<UnitType> WORKERS = Set.of(Units.ZERG_DRONE, Units.PROTOSS_PROBE, Units.TERRAN_SCV);
    public static final Set<UnitType> EXTRACTORS = Set.of(Units.ZERG_EXTRACTOR, Units.ZERG_EXTRACTOR_RICH);
    /** Our units that fight; drones, overlords and queens are owned by other managers. */
    public static final Set<UnitType> ARMY = Set.of(Units.ZERG_ZERGLING, Units.ZERG_ROACH, Units.ZERG_HYDRALISK);
    /** Army units whose weapons reach flyers. */
    public static final Set<UnitType> HITS_AIR = Set.of(Units.ZERG_HYDRALISK);

    private final Map<String, Product> byName;
    private final Map<Ability, Product> byAbility;
    private final Map<UnitType, Product> byUnit;

    private ZergTech(Collection<Product> products) {
        Map<String, Product> names = new LinkedHashMap<>();
        Map<Ability, Product> abilities = new LinkedHashMap<>();
        Map<UnitType, Product> units = new LinkedHashMap<>();
        for (Product p : products) {
            names.put(p.name(), p);
            abilities.put(p.ability(), p);
            if (p.unit() != null) {
                units.put(p.unit(), p);
            }
        }
        this.byName = Map.copyOf(names);
        this.byAbility = Map.copyOf(abilities);
        this.byUnit = Map.copyOf(units);
    }

    /** The standard table (LotV costs). */
    public static ZergTech standard() {
        return new ZergTech(java.util.List.of(
                unit("drone", Units.ZERG_DRONE, Abilities.TRAIN_DRONE, Producer.LARVA, 50, 0, 1, null),
                unit("overlord", Units.ZERG_OVERLORD, Abilities.TRAIN_OVERLORD, Producer.LARVA, 100, 0, 0, null),
                unit("zergling", Units.ZERG_ZERGLING, Abilities.TRAIN_ZERGLING, Producer.LARVA, 50, 0, 1,
                        Units.ZERG_SPAWNING_POOL),
                unit("roach", Units.ZERG_ROACH, Abilities.TRAIN_ROACH, Producer.LARVA, 75, 25, 2,
                        Units.ZERG_ROACH_WARREN),
                unit("hydralisk", Units.ZERG_HYDRALISK, Abilities.TRAIN_HYDRALISK, Producer.LARVA, 100, 50, 2,
                        Units.ZERG_HYDRALISK_DEN),
                new Product("queen", Units.ZERG_QUEEN, null, Abilities.TRAIN_QUEEN, Producer.TOWNHALL,
                        new Cost(150, 0, 2), Units.ZERG_SPAWNING_POOL, Units.ZERG_HATCHERY),
                new Product("lair", Units.ZERG_LAIR, null, Abilities.MORPH_LAIR, Producer.TOWNHALL,
                        new Cost(150, 100, 0), Units.ZERG_SPAWNING_POOL, Units.ZERG_HATCHERY),
                unit("hatchery", Units.ZERG_HATCHERY, Abilities.BUILD_HATCHERY, Producer.DRONE, 300, 0, 0, null),
                unit("extractor", Units.ZERG_EXTRACTOR, Abilities.BUILD_EXTRACTOR, Producer.DRONE, 25, 0, 0, null),
                unit("spawning_pool", Units.ZERG_SPAWNING_POOL, Abilities.BUILD_SPAWNING_POOL, Producer.DRONE,
                        200, 0, 0, null),
                unit("roach_warren", Units.ZERG_ROACH_WARREN, Abilities.BUILD_ROACH_WARREN, Producer.DRONE, 150, 0, 0,
                        Units.ZERG_SPAWNING_POOL),
                unit("evolution_chamber", Units.ZERG_EVOLUTION_CHAMBER, Abilities.BUILD_EVOLUTION_CHAMBER,
                        Producer.DRONE, 75, 0, 0, Units.ZERG_SPAWNING_POOL),
                unit("hydralisk_den", Units.ZERG_HYDRALISK_DEN, Abilities.BUILD_HYDRALISK_DEN, Producer.DRONE,
                        100, 100, 0, Units.ZERG_LAIR),
                unit("spine_crawler", Units.ZERG_SPINE_CRAWLER, Abilities.BUILD_SPINE_CRAWLER, Producer.DRONE,
                        100, 0, 0, Units.ZERG_SPAWNING_POOL),
                upgrade("metabolic_boost", Upgrades.ZERGLING_MOVEMENT_SPEED,
                        Abilities.RESEARCH_ZERGLING_METABOLIC_BOOST, 100, 100, null, Units.ZERG_SPAWNING_POOL),
                upgrade("glial_reconstitution", Upgrades.GLIALRE_CONSTITUTION, Abilities.RESEARCH_GLIAL_REGENERATION,
                        100, 100, Units.ZERG_LAIR, Units.ZERG_ROACH_WARREN),
                upgrade("missile_weapons_1", Upgrades.ZERG_MISSILE_WEAPONS_LEVEL1,
                        Abilities.RESEARCH_ZERG_MISSILE_WEAPONS_LEVEL1, 100, 100, null, Units.ZERG_EVOLUTION_CHAMBER),
                upgrade("ground_armor_1", Upgrades.ZERG_GROUND_ARMORS_LEVEL1,
                        Abilities.RESEARCH_ZERG_GROUND_ARMOR_LEVEL1, 150, 150, null, Units.ZERG_EVOLUTION_CHAMBER),
                upgrade("melee_weapons_1", Upgrades.ZERG_MELEE_WEAPONS_LEVEL1,
                        Abilities.RESEARCH_ZERG_MELEE_WEAPONS_LEVEL1, 100, 100, null, Units.ZERG_EVOLUTION_CHAMBER)));
    }

    private static Product unit(String name, UnitType type, Ability ability, Producer producer,
                                int minerals, int gas, float supply, UnitType requires) {
        return new Product(name, type, null, ability, producer, new Cost(minerals, gas, supply), requires, null);
    }

    private static Product upgrade(String name, Upgrade upgrade, Ability ability, int minerals, int gas,
                                   UnitType requires, UnitType madeBy) {
        return new Product(name, null, upgrade, ability, Producer.RESEARCH, new Cost(minerals, gas, 0), requires,
                madeBy);
    }

    /** Zerglings hatch in pairs: one larva order makes two units. */
    public static int unitsPerOrder(Product product) {
        return product.unit() == Units.ZERG_ZERGLING ? 2 : 1;
    }

    /** Supply of one hatched unit (half a zergling pair's). */
    public static float supplyPerUnit(Product product) {
        return product.cost().supply() / unitsPerOrder(product);
    }

    public Optional<Product> byName(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public Optional<Product> byAbility(Ability ability) {
        return Optional.ofNullable(byAbility.get(ability));
    }

    public Product of(UnitType unit) {
        Product p = byUnit.get(unit);
        if (p == null) {
            throw new IllegalArgumentException("not in the tech table: " + unit);
        }
        return p;
    }

    /** Every name a build-order step may use, sorted, for error messages. */
    public java.util.List<String> names() {
        return byName.keySet().stream().sorted().toList();
    }

    public static boolean isTownhall(UnitType type) {
        return TOWNHALLS.contains(type);
    }

    public static boolean isMineralField(UnitType type) {
        return type instanceof Units u && u.name().contains("MINERAL_FIELD");
    }

    public static boolean isGeyser(UnitType type) {
        return type instanceof Units u && u.name().contains("VESPENE_GEYSER");
    }

    public static boolean isStructure(UnitType type) {
        if (!(type instanceof Units u)) {
            return false;
        }
        return STRUCTURES.contains(u);
    }

    private static final Set<Units> STRUCTURES = Set.of(
            Units.ZERG_HATCHERY, Units.ZERG_LAIR, Units.ZERG_HIVE, Units.ZERG_EXTRACTOR, Units.ZERG_EXTRACTOR_RICH,
            Units.ZERG_SPAWNING_POOL, Units.ZERG_ROACH_WARREN, Units.ZERG_EVOLUTION_CHAMBER,
            Units.ZERG_HYDRALISK_DEN, Units.ZERG_SPINE_CRAWLER, Units.ZERG_SPORE_CRAWLER, Units.ZERG_BANELING_NEST,
            Units.ZERG_SPIRE, Units.ZERG_INFESTATION_PIT, Units.ZERG_ULTRALISK_CAVERN, Units.ZERG_LURKER_DEN_MP,
            Units.ZERG_GREATER_SPIRE, Units.ZERG_NYDUS_NETWORK, Units.ZERG_CREEP_TUMOR, Units.ZERG_CREEP_TUMOR_BURROWED,
            Units.ZERG_CREEP_TUMOR_QUEEN,
            Units.TERRAN_COMMAND_CENTER, Units.TERRAN_ORBITAL_COMMAND, Units.TERRAN_PLANETARY_FORTRESS,
            Units.TERRAN_SUPPLY_DEPOT, Units.TERRAN_SUPPLY_DEPOT_LOWERED, Units.TERRAN_BARRACKS, Units.TERRAN_REFINERY,
            Units.TERRAN_FACTORY, Units.TERRAN_STARPORT, Units.TERRAN_ENGINEERING_BAY, Units.TERRAN_BUNKER,
            Units.TERRAN_MISSILE_TURRET, Units.TERRAN_ARMORY, Units.TERRAN_BARRACKS_REACTOR,
            Units.TERRAN_BARRACKS_TECHLAB, Units.TERRAN_COMMAND_CENTER_FLYING, Units.TERRAN_BARRACKS_FLYING,
            Units.PROTOSS_NEXUS, Units.PROTOSS_PYLON, Units.PROTOSS_GATEWAY, Units.PROTOSS_WARP_GATE,
            Units.PROTOSS_ASSIMILATOR, Units.PROTOSS_CYBERNETICS_CORE, Units.PROTOSS_FORGE,
            Units.PROTOSS_PHOTON_CANNON, Units.PROTOSS_SHIELD_BATTERY, Units.PROTOSS_TWILIGHT_COUNCIL,
            Units.PROTOSS_ROBOTICS_FACILITY, Units.PROTOSS_STARGATE);
}
