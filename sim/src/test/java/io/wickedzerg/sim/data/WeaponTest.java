package io.wickedzerg.sim.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class WeaponTest {
    private final UnitCatalog catalog = UnitCatalog.standard();

    @Test
    void bonusDamageAppliesOnlyToMatchingAttributes() {
        Weapon marauder = catalog.get(UnitTypeIds.MARAUDER).weapons().get(0);
        assertThat(marauder.damageAgainst(catalog.get(UnitTypeIds.ROACH).attributes())).isEqualTo(20f);
        assertThat(marauder.damageAgainst(catalog.get(UnitTypeIds.ZERGLING).attributes())).isEqualTo(10f);
        assertThat(marauder.damageAgainst(Set.of())).isEqualTo(10f);
    }

    @Test
    void targetsFollowTheWeaponType() {
        assertThat(catalog.get(UnitTypeIds.MARINE).canAttackAir()).isTrue();
        assertThat(catalog.get(UnitTypeIds.ZERGLING).canAttackAir()).isFalse();
        assertThat(catalog.get(UnitTypeIds.SPORE_CRAWLER).canAttackGround()).isFalse();
        assertThat(catalog.get(UnitTypeIds.QUEEN).canAttackGround()).isTrue();
        assertThat(catalog.get(UnitTypeIds.QUEEN).canAttackAir()).isTrue();
        assertThat(catalog.get(UnitTypeIds.OVERLORD).weapons()).isEmpty();
    }

    @Test
    void cooldownConvertsFromNormalSpeedSecondsToLoops() {
        Weapon zergling = catalog.get(UnitTypeIds.ZERGLING).weapons().get(0);
        assertThat(zergling.cooldownLoops()).isBetween(11.0, 11.2);
        assertThat(catalog.get(UnitTypeIds.ZERGLING).speedPerLoop()).isEqualTo(2.953125 / 16);
    }

    @Test
    void rejectsAWeaponWithoutAttacks() {
        assertThatThrownBy(() -> Weapon.of(WeaponTarget.GROUND, 5, 0, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
