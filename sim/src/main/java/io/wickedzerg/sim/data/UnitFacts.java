package io.wickedzerg.sim.data;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything the engine needs to know about one unit type.
 *
 * <p>Values checked against the real game's game_data: id, name, race, {@code reportedCost}, build time
 * (game loops), food, armor, movement speed (per normal-speed game second, as game_data reports; see
 * {@link GameTime}), sight, attributes, weapons (when {@link WeaponSource#GAME_DATA}), creation ability,
 * tech requirement, tech aliases, unit alias, resource kind. Documented values (Liquipedia, patch 4.10-era
 * balance; not in game_data): hp, shields, energy, radius (checked against real observations where one
 * exists), footprint, producers.
 *
 * @param reportedCost   the cost game_data reports; for morphs and Zerg structures it includes what is consumed
 *                       (Hatchery 350 = 300 + a 50-mineral drone)
 * @param netCost        what the player pays when ordering it
 * @param buildTime      game loops (22.4 a second at "faster")
 * @param radius         collision radius in cells
 * @param footprint      cells a structure occupies on the placement grid (5x5 townhalls, 2x1 mineral fields); none for units
 * @param producers      unit types that can create it with {@code abilityId} (empty when {@link ProductionKind#NONE})
 * @param unitsPerOrder  units one order creates (2 zerglings per larva; the reported cost is per unit)
 * @param morphsFrom     type consumed by a {@link ProductionKind#MORPH} or {@link ProductionKind#DRONE_MORPH}; 0 if none
 * @param techRequirement type that must exist (or an alias of it); 0 if none
 * @param requiresAttached whether {@code techRequirement} is an add-on attached to the producer
 * @param techAliases    types whose requirement this type also satisfies (Lair counts as a Hatchery)
 * @param unitAlias      the type this one is a mode of (SupplyDepotLowered of SupplyDepot); 0 if none
 */
public record UnitFacts(
        int id,
        String name,
        Race race,
        Cost reportedCost,
        Cost netCost,
        float buildTime,
        float foodRequired,
        float foodProvided,
        int hp,
        int shields,
        float armor,
        float speed,
        float sightRange,
        float radius,
        Footprint footprint,
        int startEnergy,
        int maxEnergy,
        List<Weapon> weapons,
        WeaponSource weaponSource,
        Set<Attribute> attributes,
        boolean flying,
        boolean worker,
        boolean townhall,
        ResourceKind resource,
        ProductionKind production,
        List<Integer> producers,
        int abilityId,
        int unitsPerOrder,
        int morphsFrom,
        int techRequirement,
        boolean requiresAttached,
        List<Integer> techAliases,
        int unitAlias) {

    public UnitFacts {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(race, "race");
        Objects.requireNonNull(reportedCost, "reportedCost");
        Objects.requireNonNull(netCost, "netCost");
        Objects.requireNonNull(weaponSource, "weaponSource");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(production, "production");
        Objects.requireNonNull(footprint, "footprint");
        weapons = List.copyOf(weapons);
        // an EnumSet: isStructure() and hasAttribute() are asked for every unit many times a loop
        attributes = attributes.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(attributes));
        producers = List.copyOf(producers);
        techAliases = List.copyOf(techAliases);
    }

    public boolean isStructure() {
        return attributes.contains(Attribute.STRUCTURE);
    }

    public boolean hasAttribute(Attribute attribute) {
        return attributes.contains(attribute);
    }

    public boolean canAttackGround() {
        return weapons.stream().anyMatch(Weapon::hitsGround);
    }

    public boolean canAttackAir() {
        return weapons.stream().anyMatch(Weapon::hitsAir);
    }

    /** Whether a unit of this type counts as {@code requiredType} for tech requirements. */
    public boolean satisfies(int requiredType) {
        return id == requiredType || techAliases.contains(requiredType);
    }

    /** These facts with another collision radius: a recorded map's rock, whose size the map gives. */
    public UnitFacts withRadius(float newRadius) {
        return new UnitFacts(id, name, race, reportedCost, netCost, buildTime, foodRequired, foodProvided, hp, shields,
                armor, speed, sightRange, newRadius, footprint, startEnergy, maxEnergy, weapons, weaponSource, attributes,
                flying, worker, townhall, resource, production, producers, abilityId, unitsPerOrder, morphsFrom,
                techRequirement, requiresAttached, techAliases, unitAlias);
    }

    /** Movement per game loop in cells ({@code speed} is per normal-speed game second). */
    public double speedPerLoop() {
        return speed / GameTime.LOOPS_PER_GAME_SECOND;
    }
}
