package io.wickedzerg.sim.data;

import static org.assertj.core.api.Assertions.assertThat;

import SC2APIProtocol.Data;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

class UpgradeCatalogTest {
    private final UpgradeCatalog upgrades = UpgradeCatalog.standard();

    @Test
    void everyStoredValueEqualsTheRealGameData() {
        Map<Integer, Data.UpgradeData> real = Sc2Fixtures.gameData().getData().getUpgradesList().stream()
                .collect(Collectors.toMap(Data.UpgradeData::getUpgradeId, Function.identity()));
        SoftAssertions soft = new SoftAssertions();
        for (UpgradeFacts upgrade : upgrades.all()) {
            Data.UpgradeData data = real.get(upgrade.id());
            soft.assertThat(data).as("game_data has upgrade %d", upgrade.id()).isNotNull();
            if (data == null) {
                continue;
            }
            soft.assertThat(upgrade.name()).isEqualTo(data.getName());
            soft.assertThat(upgrade.cost()).as(upgrade.name()).isEqualTo(new Cost(data.getMineralCost(), data.getVespeneCost()));
            soft.assertThat(upgrade.researchTime()).as(upgrade.name()).isEqualTo(data.getResearchTime());
            soft.assertThat(upgrade.abilityId()).as(upgrade.name()).isEqualTo(data.getAbilityId());
        }
        soft.assertAll();
    }

    @Test
    void researchersAndRequirementsAreSupportedTypes() {
        UnitCatalog units = UnitCatalog.standard();
        for (UpgradeFacts upgrade : upgrades.all()) {
            assertThat(units.find(upgrade.researchedBy())).as(upgrade.name()).get()
                    .satisfies(researcher -> assertThat(researcher.isStructure()).isTrue());
            if (upgrade.techRequirement() != 0) {
                assertThat(units.contains(upgrade.techRequirement())).as(upgrade.name()).isTrue();
            }
            if (upgrade.requiredUpgrade() != 0) {
                assertThat(upgrades.find(upgrade.requiredUpgrade())).as(upgrade.name()).isPresent();
            }
        }
    }

    @Test
    void coversTheEarlyResearchOfEachRace() {
        assertThat(upgrades.find(UpgradeIds.METABOLIC_BOOST)).map(UpgradeFacts::researchedBy).contains(UnitTypeIds.SPAWNING_POOL);
        assertThat(upgrades.find(UpgradeIds.GLIAL_RECONSTITUTION)).map(UpgradeFacts::techRequirement).contains(UnitTypeIds.LAIR);
        assertThat(upgrades.researchedBy(730)).map(UpgradeFacts::id).contains(UpgradeIds.STIMPACK);
        assertThat(upgrades.byName("warpgateresearch")).map(UpgradeFacts::id).contains(UpgradeIds.WARP_GATE);
        for (int id : new int[] {UpgradeIds.BURROW, UpgradeIds.ZERG_MISSILE_WEAPONS_1, UpgradeIds.ZERG_MELEE_WEAPONS_1,
                UpgradeIds.ZERG_GROUND_ARMOR_1, UpgradeIds.COMBAT_SHIELD, UpgradeIds.TERRAN_INFANTRY_WEAPONS_1,
                UpgradeIds.PROTOSS_GROUND_WEAPONS_1, UpgradeIds.CHARGE}) {
            assertThat(upgrades.find(id)).as("upgrade %d", id).isPresent();
        }
    }
}
