package io.wickedzerg.sim.data;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Fluent row of the unit table, so each row reads as a line of facts; only {@link StandardUnits} uses it. */
final class UnitRow {
    /** What a drone is worth; game_data folds it into every Zerg structure's cost. */
    private static final Cost DRONE_COST = new Cost(50, 0);

    private final int id;
    private final String name;
    private final Race race;
    private Cost reportedCost = Cost.FREE;
    private Cost netCost;
    private float buildTime;
    private float foodRequired;
    private float foodProvided;
    private int hp;
    private int shields;
    private float armor;
    private float speed;
    private float sightRange;
    private float radius;
    private Footprint footprint = Footprint.NONE;
    private int startEnergy;
    private int maxEnergy;
    private final List<Weapon> weapons = new ArrayList<>();
    private WeaponSource weaponSource = WeaponSource.GAME_DATA;
    private final Set<Attribute> attributes = EnumSet.noneOf(Attribute.class);
    private boolean flying;
    private boolean worker;
    private boolean townhall;
    private ResourceKind resource = ResourceKind.NONE;
    private ProductionKind production = ProductionKind.NONE;
    private final List<Integer> producers = new ArrayList<>();
    private int abilityId;
    private int unitsPerOrder = 1;
    private int morphsFrom;
    private int techRequirement;
    private boolean requiresAttached;
    private final List<Integer> techAliases = new ArrayList<>();
    private int unitAlias;

    private UnitRow(int id, String name, Race race) {
        this.id = id;
        this.name = name;
        this.race = race;
    }

    static UnitRow unit(int id, String name, Race race) {
        return new UnitRow(id, name, race);
    }

    static DamageBonus bonus(Attribute attribute, float bonus) {
        return new DamageBonus(attribute, bonus);
    }

    UnitRow cost(int minerals, int vespene) {
        reportedCost = new Cost(minerals, vespene);
        return this;
    }

    /** What the player pays when game_data's cost includes a consumed unit. */
    UnitRow net(int minerals, int vespene) {
        netCost = new Cost(minerals, vespene);
        return this;
    }

    UnitRow time(float loops) {
        buildTime = loops;
        return this;
    }

    UnitRow supply(float food) {
        foodRequired = food;
        return this;
    }

    UnitRow provides(float food) {
        foodProvided = food;
        return this;
    }

    UnitRow hp(int value) {
        hp = value;
        return this;
    }

    UnitRow shields(int value) {
        shields = value;
        return this;
    }

    UnitRow armor(float value) {
        armor = value;
        return this;
    }

    UnitRow speed(float value) {
        speed = value;
        return this;
    }

    UnitRow sight(float value) {
        sightRange = value;
        return this;
    }

    UnitRow radius(float value) {
        radius = value;
        return this;
    }

    UnitRow footprint(int side) {
        footprint = Footprint.square(side);
        return this;
    }

    UnitRow footprint(int width, int height) {
        footprint = new Footprint(width, height);
        return this;
    }

    UnitRow energy(int start, int max) {
        startEnergy = start;
        maxEnergy = max;
        return this;
    }

    UnitRow attributes(Attribute... values) {
        attributes.addAll(List.of(values));
        return this;
    }

    UnitRow weapon(WeaponTarget target, float damage, int attacks, float range, float cooldown, DamageBonus... bonuses) {
        weapons.add(Weapon.of(target, damage, attacks, range, cooldown, bonuses));
        return this;
    }

    /** An attack the real game models as an ability, so game_data lists no weapon (see {@link WeaponSource}). */
    UnitRow documentedWeapon(WeaponTarget target, float damage, int attacks, float range, float cooldown, DamageBonus... bonuses) {
        weaponSource = WeaponSource.DOCUMENTED;
        return weapon(target, damage, attacks, range, cooldown, bonuses);
    }

    UnitRow flying() {
        flying = true;
        return this;
    }

    UnitRow worker() {
        worker = true;
        return this;
    }

    UnitRow townhall() {
        townhall = true;
        return this;
    }

    UnitRow pair() {
        unitsPerOrder = 2;
        return this;
    }

    UnitRow minerals() {
        resource = ResourceKind.MINERALS;
        return this;
    }

    UnitRow vespene() {
        resource = ResourceKind.VESPENE;
        return this;
    }

    /** The ability game_data names for a type nobody orders directly (a mode such as SiegeTankSieged). */
    UnitRow ability(int id) {
        abilityId = id;
        return this;
    }

    UnitRow larva(int ability) {
        return made(ProductionKind.LARVA, ability, UnitTypeIds.LARVA);
    }

    UnitRow trained(int ability, int... by) {
        return made(ProductionKind.TRAIN, ability, by);
    }

    UnitRow built(int ability, int... by) {
        return made(ProductionKind.BUILD, ability, by);
    }

    UnitRow droneMorph(int ability) {
        morphsFrom = UnitTypeIds.DRONE;
        return made(ProductionKind.DRONE_MORPH, ability, UnitTypeIds.DRONE);
    }

    UnitRow morph(int ability, int from) {
        morphsFrom = from;
        return made(ProductionKind.MORPH, ability, from);
    }

    UnitRow addon(int ability, int... by) {
        return made(ProductionKind.ADDON, ability, by);
    }

    UnitRow spawned(int ability, int... by) {
        return made(ProductionKind.SPAWN, ability, by);
    }

    UnitRow requires(int type) {
        techRequirement = type;
        return this;
    }

    UnitRow requiresAddon(int type) {
        techRequirement = type;
        requiresAttached = true;
        return this;
    }

    UnitRow aliases(int... types) {
        for (int type : types) {
            techAliases.add(type);
        }
        return this;
    }

    UnitRow alias(int type) {
        unitAlias = type;
        return this;
    }

    UnitFacts build() {
        Cost net = netCost;
        if (net == null) {
            net = production == ProductionKind.DRONE_MORPH ? reportedCost.minus(DRONE_COST) : reportedCost;
        }
        return new UnitFacts(id, name, race, reportedCost, net, buildTime, foodRequired, foodProvided, hp, shields,
                armor, speed, sightRange, radius, footprint, startEnergy, maxEnergy, weapons, weaponSource, attributes,
                flying, worker, townhall, resource, production, producers, abilityId, unitsPerOrder, morphsFrom,
                techRequirement, requiresAttached, techAliases, unitAlias);
    }

    private UnitRow made(ProductionKind kind, int ability, int... by) {
        production = kind;
        abilityId = ability;
        for (int type : by) {
            producers.add(type);
        }
        return this;
    }
}
