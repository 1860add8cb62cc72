package io.wickedzerg.bot.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.ocraft.s2client.protocol.data.Abilities;
import com.github.ocraft.s2client.protocol.data.Units;
import io.wickedzerg.bot.testing.Fixtures;
import com.github.ocraft.s2client.protocol.unit.Alliance;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class StepSnapshotTest {

    @Test
    void sortsUnitsByOwnerAndTypeInOnePass() {
        StepSnapshot s = Fixtures.opening().build(Fixtures.TECH);

        assertThat(s.drones()).hasSize(12);
        assertThat(s.larva()).hasSize(3);
        assertThat(s.townhalls()).extracting(UnitView::tag).containsExactly(1L);
        assertThat(s.mineralFields()).hasSize(16);
        assertThat(s.geysers()).hasSize(4);
        assertThat(s.enemies()).isEmpty();
        assertThat(s.byTag(100).type()).isEqualTo(Units.ZERG_DRONE);
        assertThat(s.supplyLeft()).isEqualTo(2);
    }

    @Test
    void countsWhatIsInProductionFromEggsDronesAndUnfinishedStructures() {
        StepSnapshot s = Fixtures.opening()
                .add(UnitView.builder(400, Units.ZERG_EGG).order(OrderView.of(Abilities.TRAIN_OVERLORD)).build())
                .add(UnitView.builder(401, Units.ZERG_EGG).order(OrderView.of(Abilities.TRAIN_ZERGLING)).build())
                .add(Fixtures.drone(402, 0, 0).order(OrderView.at(Abilities.BUILD_SPAWNING_POOL, new Point2(5, 5))).build())
                .add(UnitView.builder(403, Units.ZERG_HATCHERY).pos(30.5, 60.5).buildProgress(0.3f).build())
                .build(Fixtures.TECH);

        assertThat(s.inProduction(Units.ZERG_OVERLORD)).isEqualTo(1);
        assertThat(s.inProduction(Units.ZERG_ZERGLING)).as("a zergling egg hatches two").isEqualTo(2);
        assertThat(s.inProduction(Units.ZERG_SPAWNING_POOL)).isEqualTo(1);
        assertThat(s.countWithPending(Units.ZERG_HATCHERY)).isEqualTo(2);
        assertThat(s.foodCapWithPending()).isEqualTo(14 + 8 + 6);
    }

    @Test
    void armySupplyCountsFinishedArmyOnly() {
        StepSnapshot s = Fixtures.opening()
                .add(UnitView.builder(900, Units.ZERG_ROACH).build())
                .add(UnitView.builder(901, Units.ZERG_ZERGLING).build())
                .add(UnitView.builder(902, Units.ZERG_ZERGLING).build())
                .add(UnitView.builder(903, Units.ZERG_QUEEN).build())
                .build(Fixtures.TECH);

        assertThat(s.armySupply()).isEqualTo(3);
    }

    @Test
    void researchInProgressIsVisibleAndLairCountsAsHatcheryForRequirements() {
        StepSnapshot s = StepSnapshot.builder()
                .add(UnitView.builder(1, Units.ZERG_LAIR).build())
                .add(UnitView.builder(2, Units.ZERG_SPAWNING_POOL)
                        .order(OrderView.of(Abilities.RESEARCH_ZERGLING_METABOLIC_BOOST)).build())
                .build(Fixtures.TECH);

        assertThat(s.isResearching(Abilities.RESEARCH_ZERGLING_METABOLIC_BOOST)).isTrue();
        assertThat(s.hasFinished(Units.ZERG_HATCHERY)).isTrue();
        assertThat(s.hasFinished(Units.ZERG_HIVE)).isFalse();
    }

    @Test
    void listsUnitsInTagOrderWhateverOrderTheyWereAdded() {
        List<UnitView> units = new ArrayList<>(Fixtures.opening().build(Fixtures.TECH).mine());
        units.add(UnitView.builder(901, Units.TERRAN_MARINE).alliance(Alliance.ENEMY).build());
        units.add(UnitView.builder(900, Units.TERRAN_MARINE).alliance(Alliance.ENEMY).build());
        Collections.reverse(units);
        StepSnapshot.Builder b = StepSnapshot.builder();
        units.forEach(b::add);

        StepSnapshot s = b.build(Fixtures.TECH);

        assertThat(s.mine()).extracting(UnitView::tag).isSorted();
        assertThat(s.drones()).extracting(UnitView::tag).isSorted().hasSize(12);
        assertThat(s.enemies()).extracting(UnitView::tag).containsExactly(900L, 901L);
    }
}
