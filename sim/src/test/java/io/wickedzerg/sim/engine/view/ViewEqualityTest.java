package io.wickedzerg.sim.engine.view;

import static io.wickedzerg.sim.testing.RecordEquality.assertComponentWise;
import static org.assertj.core.api.Assertions.assertThat;

import io.wickedzerg.sim.engine.command.Target;
import io.wickedzerg.sim.map.Point2;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The views' equals are written out (for C1's sake); they must mean what the records' own meant. */
class ViewEqualityTest {

    private static final Map<Class<?>, Object> DIFFERENT = Map.of(
            Point2.class, new Point2(9, 9),
            List.class, List.of(new OrderView(1, null, 0)),
            UpgradeLevels.class, new UpgradeLevels(3, 3, 3),
            Target.class, Target.unit(42));

    @Test
    void aUnitViewEqualsAnotherOnlyWhenEveryComponentDoes() throws Exception {
        UnitView unit = new UnitView(7, 105, 1, new Point2(30.5f, 40.25f), 1.5f, 0.375f, 40, 40, 0, 0, 25, 200, 1,
                false, false, List.of(new OrderView(3674, Target.at(10, 12), 0.25f)), 0, 0, true, false, 0, 0, 0.5f,
                11, 0, new UpgradeLevels(1, 0, 0), false, new Point2(5, 5), 0, false);
        assertComponentWise(unit, DIFFERENT);
    }

    @Test
    void ordersAndUpgradeLevelsEqualOnlyWhenEveryComponentDoes() throws Exception {
        assertComponentWise(new OrderView(3674, Target.at(10, 12), 0.25f), DIFFERENT);
        assertComponentWise(new UpgradeLevels(1, 2, 0), DIFFERENT);
    }

    @Test
    void floatsCompareAsTheRecordsDid() {
        // as Float.compare: NaN equals NaN, 0.0 and -0.0 differ
        assertThat(new OrderView(1, null, Float.NaN)).isEqualTo(new OrderView(1, null, Float.NaN));
        assertThat(new OrderView(1, null, 0f)).isNotEqualTo(new OrderView(1, null, -0f));
    }
}
