package io.wickedzerg.sim.engine.command;

import static io.wickedzerg.sim.testing.RecordEquality.assertComponentWise;
import static org.assertj.core.api.Assertions.assertThat;

import io.wickedzerg.sim.map.Point2;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Targets' and points' equals and hashCode are written out (for C1's sake); they must mean what the records' did. */
class TargetEqualityTest {

    @Test
    void targetsAndPointsEqualOnlyWhenEveryComponentDoes() throws Exception {
        assertComponentWise(new Target.At(new Point2(3, 4)), Map.of(Point2.class, new Point2(3, 5)));
        assertComponentWise(new Target.OnUnit(12), Map.of());
        assertComponentWise(new Point2(3.5f, -4), Map.of());
        assertThat(Target.at(3, 4)).isNotEqualTo(Target.unit(3));
    }

    @Test
    void hashCodesAreTheRecordsOwnSoHashOrderIsUnchanged() {
        // what the records' own hashCode gave (JDK 17's ObjectMethods), read before it was written out: iteration
        // order of hash maps keyed by points, and with it the game, stays what it was
        assertThat(new Point2(1.5f, -2.25f).hashCode()).isEqualTo(2018508800);
        assertThat(new Point2(0f, -0f).hashCode()).isEqualTo(-2147483648);
        assertThat(Target.at(3, 4).hashCode()).isEqualTo(138412032);
        assertThat(Target.unit(99).hashCode()).isEqualTo(99);
    }
}
