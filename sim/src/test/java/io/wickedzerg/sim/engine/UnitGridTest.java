package io.wickedzerg.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.wickedzerg.sim.data.UnitCatalog;
import io.wickedzerg.sim.data.UnitFacts;
import io.wickedzerg.sim.data.UnitTypeIds;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnitGridTest {
    private final UnitFacts zergling = UnitCatalog.standard().find(UnitTypeIds.ZERGLING).orElseThrow();

    private List<SimUnit> near(UnitGrid grid, double x, double y, double r) {
        List<SimUnit> out = new ArrayList<>();
        grid.near(x, y, r, out);
        return out;
    }

    @Test
    void aClearForgetsEveryUnitOfTheLastIndexAndOnlyThose() {
        UnitGrid grid = new UnitGrid(64, 64, 1);
        SimUnit a = new SimUnit(1, 1, zergling, 10.5, 10.5);
        SimUnit b = new SimUnit(2, 1, zergling, 10.2, 10.7);
        SimUnit c = new SimUnit(3, 1, zergling, 40.5, 20.5);
        grid.clear();
        grid.add(a);
        grid.add(b);
        grid.add(c);
        assertThat(near(grid, 10.5, 10.5, 1)).containsExactlyInAnyOrder(a, b);

        grid.clear();
        SimUnit d = new SimUnit(4, 1, zergling, 40.5, 20.5);
        grid.add(d);
        assertThat(near(grid, 10.5, 10.5, 1)).as("the cleared buckets are empty again").isEmpty();
        assertThat(near(grid, 40.5, 20.5, 1)).containsExactly(d);
    }

    @Test
    void aClearAfterTheMembersGrewStillResetsEveryBucketUsed() {
        UnitGrid grid = new UnitGrid(200, 200, 1);
        List<SimUnit> many = new ArrayList<>();
        for (int i = 0; i < 150; i++) { // past the first capacity of 64
            many.add(new SimUnit(i + 1, 1, zergling, 0.5 + i, 0.5 + i));
        }
        many.forEach(grid::add);
        assertThat(near(grid, 100.5, 100.5, 2)).hasSize(5);
        grid.clear();
        for (SimUnit u : many) {
            assertThat(near(grid, u.x, u.y, 0.4)).isEmpty();
        }
    }
}
