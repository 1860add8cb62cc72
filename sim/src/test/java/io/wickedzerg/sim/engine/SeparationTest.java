package io.wickedzerg.sim.engine;

import io.wickedzerg.sim.data.UnitTypeIds;
import io.wickedzerg.sim.engine.view.UnitView;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SeparationTest {
    private final Battlefield field = new Battlefield();

    /** The smallest gap between any two of the units, less the sum of their radii (negative: overlapping). */
    private double tightestGap(int owner, List<Long> tags) {
        List<UnitView> units = field.alive(owner, tags);
        double tightest = Double.MAX_VALUE;
        for (int i = 0; i < units.size(); i++) {
            for (int j = i + 1; j < units.size(); j++) {
                UnitView a = units.get(i);
                UnitView b = units.get(j);
                tightest = Math.min(tightest, a.position().distanceTo(b.position()) - a.radius() - b.radius());
            }
        }
        return tightest;
    }

    @Test
    void aStackOfFlyersSpreadsOutLikeAStackOfGroundUnits() {
        List<Long> mutas = field.spawn(1, UnitTypeIds.MUTALISK, 8, field.at(0, 0));
        List<Long> lings = field.spawn(2, UnitTypeIds.ZERGLING, 8, field.at(0, 4));
        assertThat(tightestGap(1, mutas)).isLessThan(-0.5);

        field.game.step(60);

        assertThat(tightestGap(1, mutas)).as("mutalisks").isGreaterThan(-0.05);
        assertThat(tightestGap(2, lings)).as("zerglings").isGreaterThan(-0.05);
    }

    @Test
    void flyersAndGroundUnitsDoNotPushEachOther() {
        long ling = field.spawn(2, UnitTypeIds.ZERGLING, 1, field.at(0, 0)).get(0);
        long overlord = field.spawn(2, UnitTypeIds.OVERLORD, 1, field.at(0.1, 0)).get(0);

        field.game.step(30);

        assertThat(field.unit(2, ling).orElseThrow().position()).isEqualTo(field.at(0, 0));
        assertThat(field.unit(2, overlord).orElseThrow().position()).isEqualTo(field.at(0.1, 0));
    }
}
