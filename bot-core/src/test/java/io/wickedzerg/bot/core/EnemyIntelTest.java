package io.wickedzerg.bot.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.ocraft.s2client.protocol.data.Units;
import io.wickedzerg.bot.model.Point2;
import io.wickedzerg.bot.model.StepSnapshot;
import io.wickedzerg.bot.model.UnitView;
import io.wickedzerg.bot.testing.Fixtures;
import org.junit.jupiter.api.Test;

class EnemyIntelTest {

    private static StepSnapshot withScoutAt(double distanceFromEnemyStart, UnitView... enemies) {
        StepSnapshot.Builder b = Fixtures.opening()
                .add(Fixtures.drone(150, Fixtures.ENEMY.x() - distanceFromEnemyStart, Fixtures.ENEMY.y()).build());
        for (UnitView e : enemies) {
            b.add(e);
        }
        return b.build(Fixtures.TECH);
    }

    @Test
    void aScoutThatHasJustComeIntoSightRangeDoesNotRuleOutTheStart() {
        // The game's vision lags a few loops behind a moving unit: at 7.5 the base may not be reported yet.
        EnemyIntel intel = new EnemyIntel();

        intel.update(withScoutAt(7.5), Fixtures.map());

        assertThat(intel.isRuledOut(Fixtures.ENEMY)).isFalse();
        assertThat(intel.enemyStart(Fixtures.map())).isEqualTo(Fixtures.ENEMY);
    }

    @Test
    void aScoutAtTheStartThatSeesNothingRulesItOut() {
        EnemyIntel intel = new EnemyIntel();

        intel.update(withScoutAt(3.5), Fixtures.map());

        assertThat(intel.isRuledOut(Fixtures.ENEMY)).isTrue();
    }

    @Test
    void aTownhallSeenThereConfirmsTheStartAndIsRemembered() {
        EnemyIntel intel = new EnemyIntel();
        UnitView nexus = UnitView.builder(950, Units.PROTOSS_NEXUS).enemy().pos(Fixtures.ENEMY).build();

        intel.update(withScoutAt(3.5, nexus), Fixtures.map());
        intel.update(withScoutAt(30), Fixtures.map());

        assertThat(intel.isRuledOut(Fixtures.ENEMY)).isFalse();
        assertThat(intel.confirmedStart()).contains(Fixtures.ENEMY);
        assertThat(intel.nearestStructure(new Point2(0, 0))).hasValueSatisfying(s -> assertThat(s.tag()).isEqualTo(950L));
    }
}
