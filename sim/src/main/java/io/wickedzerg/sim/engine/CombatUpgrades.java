package io.wickedzerg.sim.engine;

import io.wickedzerg.sim.data.Race;
import io.wickedzerg.sim.data.UnitFacts;
import io.wickedzerg.sim.data.UnitTypeIds;
import io.wickedzerg.sim.data.Weapon;
import io.wickedzerg.sim.engine.view.UpgradeLevels;

import java.util.Set;

/**
 * What finished weapon, armor and shield researches add in a fight, by the families the real game groups
 * them in (Zerg melee / missile / ground carapace / flyer, Terran infantry, Protoss ground / air / shields,
 * Terran building armor). Each weapon level adds its per-level step to every hit (1 for most units; 2 for
 * roaches and banelings, whose base damage is larger), each armor level 1 (2 for building armor), each
 * shield level 1 against hits on shields. Workers get none. Simplifications: the per-level growth of bonus
 * damage (e.g. a marauder's +1 against armored) is not modelled, and only the levels in the research table
 * exist.
 */
final class CombatUpgrades {
    private static final Set<Integer> ZERG_MELEE = Set.of(53, 54, 55);
    private static final Set<Integer> ZERG_MISSILE = Set.of(59, 60, 61);
    private static final Set<Integer> ZERG_GROUND_ARMOR = Set.of(56, 57, 58);
    private static final Set<Integer> ZERG_FLYER_WEAPONS = Set.of(68, 69, 70);
    private static final Set<Integer> ZERG_FLYER_ARMOR = Set.of(71, 72, 73);
    private static final Set<Integer> TERRAN_INFANTRY_WEAPONS = Set.of(7, 8, 9);
    private static final Set<Integer> TERRAN_INFANTRY_ARMOR = Set.of(11, 12, 13);
    private static final int TERRAN_BUILDING_ARMOR = 6;
    private static final Set<Integer> PROTOSS_GROUND_WEAPONS = Set.of(39, 40, 41);
    private static final Set<Integer> PROTOSS_GROUND_ARMOR = Set.of(42, 43, 44);
    private static final Set<Integer> PROTOSS_AIR_WEAPONS = Set.of(78, 79, 80);
    private static final Set<Integer> PROTOSS_SHIELDS = Set.of(45, 46, 47);
    /** A melee weapon reaches no farther than this (zergling, zealot, ultralisk: 0.1). */
    private static final float MELEE_RANGE = 1f;

    private CombatUpgrades() {
    }

    /** Damage added to each hit of {@code weapon} for a unit of a player with these upgrades. */
    static double attackBonus(Set<Integer> upgrades, UnitFacts attacker, Weapon weapon) {
        int step = attacker.id() == UnitTypeIds.ROACH || attacker.id() == UnitTypeIds.BANELING ? 2 : 1;
        return attackLevel(upgrades, attacker, weapon) * step;
    }

    /** The levels the SC2 API shows on a unit of a player with these upgrades. */
    static UpgradeLevels levels(Set<Integer> upgrades, UnitFacts unit) {
        if (upgrades.isEmpty()) {
            return UpgradeLevels.NONE;
        }
        int attack = unit.weapons().isEmpty() ? 0 : attackLevel(upgrades, unit, unit.weapons().get(0));
        int armor = unit.isStructure() ? 0 : (int) armorBonus(upgrades, unit);
        return new UpgradeLevels(attack, armor, (int) shieldArmor(upgrades, unit));
    }

    private static int attackLevel(Set<Integer> upgrades, UnitFacts attacker, Weapon weapon) {
        if (upgrades.isEmpty() || attacker.worker() || attacker.isStructure()) {
            return 0;
        }
        return switch (attacker.race()) {
            case ZERG -> attacker.flying() ? count(upgrades, ZERG_FLYER_WEAPONS)
                    : count(upgrades, weapon.range() <= MELEE_RANGE ? ZERG_MELEE : ZERG_MISSILE);
            case TERRAN -> infantry(attacker) ? count(upgrades, TERRAN_INFANTRY_WEAPONS) : 0;
            case PROTOSS -> count(upgrades, attacker.flying() ? PROTOSS_AIR_WEAPONS : PROTOSS_GROUND_WEAPONS);
            default -> 0;
        };
    }

    /** Armor added to the target's health. */
    static float armorBonus(Set<Integer> upgrades, UnitFacts target) {
        if (upgrades.isEmpty()) {
            return 0;
        }
        if (target.isStructure()) {
            return target.race() == Race.TERRAN && upgrades.contains(TERRAN_BUILDING_ARMOR) ? 2 : 0;
        }
        if (target.worker()) {
            return 0;
        }
        return switch (target.race()) {
            case ZERG -> count(upgrades, target.flying() ? ZERG_FLYER_ARMOR : ZERG_GROUND_ARMOR);
            case TERRAN -> infantry(target) ? count(upgrades, TERRAN_INFANTRY_ARMOR) : 0;
            case PROTOSS -> target.flying() ? 0 : count(upgrades, PROTOSS_GROUND_ARMOR);
            default -> 0;
        };
    }

    /** Armor of the target's shields (Protoss shield research). */
    static float shieldArmor(Set<Integer> upgrades, UnitFacts target) {
        return target.race() == Race.PROTOSS ? count(upgrades, PROTOSS_SHIELDS) : 0;
    }

    /** Terran infantry: biological ground units that fight (marine, marauder, reaper, ghost). */
    private static boolean infantry(UnitFacts unit) {
        return !unit.flying() && unit.attributes().contains(io.wickedzerg.sim.data.Attribute.BIOLOGICAL);
    }

    private static int count(Set<Integer> upgrades, Set<Integer> family) {
        int n = 0;
        for (int id : family) {
            if (upgrades.contains(id)) {
                n++;
            }
        }
        return n;
    }
}
