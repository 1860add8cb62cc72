package io.wickedzerg.sim.engine;

import io.wickedzerg.sim.data.UnitTypeIds;
import io.wickedzerg.sim.map.Point2;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MovingTest {
    private final Battlefield field = new Battlefield();
    private final Moving moving = new Moving(field.game);

    @Test
    void zergGroundUnitsAreFasterOnCreep() {
        Point2 creep = creepNearZergStart();
        assertThat(field.game.creep.has((int) field.centre.x(), (int) field.centre.y())).isFalse();
        SimUnit onCreep = spawn(2, UnitTypeIds.ZERGLING, creep);
        SimUnit offCreep = spawn(2, UnitTypeIds.ZERGLING, field.centre);

        assertThat(moving.speedOf(onCreep)).isCloseTo(moving.speedOf(offCreep) * 1.3, within(1e-9));
        assertThat(moving.speedOf(offCreep)).isCloseTo(offCreep.facts.speedPerLoop(), within(1e-9));
    }

    @Test
    void queensGetTheirOwnCreepSpeedAndWorkersAndOtherRacesNone() {
        Point2 creep = creepNearZergStart();
        SimUnit queen = spawn(2, UnitTypeIds.QUEEN, creep);
        SimUnit drone = spawn(2, UnitTypeIds.DRONE, creep);
        SimUnit marine = spawn(1, UnitTypeIds.MARINE, creep);

        assertThat(moving.speedOf(queen) * 16).isCloseTo(2.5, within(1e-4));
        assertThat(moving.speedOf(drone)).isEqualTo(drone.facts.speedPerLoop());
        assertThat(moving.speedOf(marine)).isEqualTo(marine.facts.speedPerLoop());
    }

    private SimUnit spawn(int owner, int type, Point2 at) {
        return field.game.unit(field.game.spawnFinished(owner, type, at));
    }

    /** A creep cell a few cells from the Zerg player's hatchery. */
    private Point2 creepNearZergStart() {
        Point2 start = field.game.terrain().startLocations().get(1);
        for (int d = 4; d < 10; d++) {
            for (int[] dir : new int[][] {{1, 0}, {-1, 0}, {0, 1}, {0, -1}}) {
                int x = (int) start.x() + dir[0] * d;
                int y = (int) start.y() + dir[1] * d;
                if (field.game.creep.has(x, y)) {
                    return Point2.of(x + 0.5, y + 0.5);
                }
            }
        }
        throw new AssertionError("no creep near the Zerg start");
    }
}
