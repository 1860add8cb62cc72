package io.wickedzerg.sim.engine;

import io.wickedzerg.sim.data.UnitCatalog;
import io.wickedzerg.sim.data.UnitFacts;
import io.wickedzerg.sim.data.UnitTypeIds;
import io.wickedzerg.sim.engine.command.Command;
import io.wickedzerg.sim.engine.view.UnitView;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CombatUpgradesTest {
    private static final int ZERG_MELEE_1 = 53;
    private static final int ZERG_MISSILE_1 = 59;
    private static final int ZERG_MISSILE_2 = 60;
    private static final int ZERG_GROUND_ARMOR_1 = 56;
    private static final int TERRAN_INFANTRY_WEAPONS_1 = 7;
    private static final int TERRAN_INFANTRY_ARMOR_1 = 11;
    private static final int PROTOSS_SHIELDS_1 = 45;

    private final UnitCatalog units = UnitCatalog.standard();

    @Test
    void weaponLevelsAddTheirStepToTheRightFamilyOnly() {
        assertThat(attack(Set.of(ZERG_MISSILE_1, ZERG_MISSILE_2), UnitTypeIds.HYDRALISK)).isEqualTo(2);
        assertThat(attack(Set.of(ZERG_MISSILE_1), UnitTypeIds.ROACH)).isEqualTo(2);
        assertThat(attack(Set.of(ZERG_MISSILE_1), UnitTypeIds.ZERGLING)).isZero();
        assertThat(attack(Set.of(ZERG_MELEE_1), UnitTypeIds.ZERGLING)).isEqualTo(1);
        assertThat(attack(Set.of(ZERG_MELEE_1), UnitTypeIds.DRONE)).isZero();
        assertThat(attack(Set.of(TERRAN_INFANTRY_WEAPONS_1), UnitTypeIds.MARINE)).isEqualTo(1);
        assertThat(attack(Set.of(TERRAN_INFANTRY_WEAPONS_1), UnitTypeIds.SCV)).isZero();
    }

    @Test
    void armorLevelsApplyToTheirRaceOnly() {
        UnitFacts ling = units.get(UnitTypeIds.ZERGLING);
        UnitFacts marine = units.get(UnitTypeIds.MARINE);
        assertThat(CombatUpgrades.armorBonus(Set.of(ZERG_GROUND_ARMOR_1), ling)).isEqualTo(1f);
        assertThat(CombatUpgrades.armorBonus(Set.of(ZERG_GROUND_ARMOR_1), marine)).isZero();
        assertThat(CombatUpgrades.armorBonus(Set.of(TERRAN_INFANTRY_ARMOR_1), marine)).isEqualTo(1f);
    }

    @Test
    void aWeaponUpgradeMakesEveryHitHarder() {
        Battlefield field = new Battlefield();
        field.game.player(1).upgrades.add(TERRAN_INFANTRY_WEAPONS_1);
        UnitView hit = marineShootsOnce(field, UnitTypeIds.MARAUDER);
        assertThat(hit.health()).isCloseTo(125f - (6 + 1 - 1), within(1e-3f));
    }

    @Test
    void anArmorUpgradeTakesOffEveryHit() {
        Battlefield field = new Battlefield();
        field.game.player(2).upgrades.add(TERRAN_INFANTRY_ARMOR_1);
        UnitView hit = marineShootsOnce(field, UnitTypeIds.MARAUDER);
        assertThat(hit.health()).isCloseTo(125f - (6 - 1 - 1), within(1e-3f));
    }

    @Test
    void theShieldUpgradeArmorsShields() {
        Battlefield field = new Battlefield();
        field.game.player(2).upgrades.add(PROTOSS_SHIELDS_1);
        UnitView hit = marineShootsOnce(field, UnitTypeIds.ZEALOT);
        assertThat(hit.shield()).isCloseTo(50f - (6 - 1), within(1e-3f));
        assertThat(hit.health()).isEqualTo(100f);
    }

    private double attack(Set<Integer> upgrades, int type) {
        UnitFacts facts = units.get(type);
        return CombatUpgrades.attackBonus(upgrades, facts, facts.weapons().get(0));
    }

    /** A marine of player 1 shoots a held-in-place unit of player 2 until the first hit lands. */
    private static UnitView marineShootsOnce(Battlefield field, int targetType) {
        long marine = field.spawn(1, UnitTypeIds.MARINE, 1, field.at(0, 0)).get(0);
        long target = field.spawn(2, targetType, 1, field.at(4, 0)).get(0);
        field.game.issue(2, new Command.HoldPosition(List.of(target), false));
        field.game.issue(1, new Command.Attack(List.of(marine), target, false));
        for (int i = 0; i < 200; i++) {
            field.game.step(1);
            UnitView u = field.unit(2, target).orElseThrow();
            if (u.health() < u.healthMax() || u.shield() < u.shieldMax()) {
                return u;
            }
        }
        throw new AssertionError("the marine never hit");
    }
}
