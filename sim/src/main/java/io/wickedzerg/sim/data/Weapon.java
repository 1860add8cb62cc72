package io.wickedzerg.sim.data;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One weapon as game_data describes it. {@code cooldown} is game_data's {@code speed}: game seconds at
 * normal speed between attacks (see {@link GameTime}); {@code attacks} is hits per attack (Zealot 2).
 */
public record Weapon(WeaponTarget target, float damage, List<DamageBonus> bonuses, int attacks, float range, float cooldown) {
    public Weapon {
        Objects.requireNonNull(target, "target");
        bonuses = List.copyOf(bonuses);
        if (attacks < 1) {
            throw new IllegalArgumentException("attacks must be >= 1: " + attacks);
        }
    }

    public static Weapon of(WeaponTarget target, float damage, int attacks, float range, float cooldown, DamageBonus... bonuses) {
        return new Weapon(target, damage, List.of(bonuses), attacks, range, cooldown);
    }

    public boolean hitsGround() {
        return target.hitsGround();
    }

    public boolean hitsAir() {
        return target.hitsAir();
    }

    /** Damage of one hit before armor against a target with these attributes. */
    public float damageAgainst(Set<Attribute> targetAttributes) {
        float total = damage;
        for (DamageBonus bonus : bonuses) {
            if (targetAttributes.contains(bonus.attribute())) {
                total += bonus.bonus();
            }
        }
        return total;
    }

    public double cooldownLoops() {
        return GameTime.gameSecondsToLoops(cooldown);
    }
}
