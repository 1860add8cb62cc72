package io.wickedzerg.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.wickedzerg.sim.data.UnitTypeIds;
import io.wickedzerg.sim.engine.command.Command;
import io.wickedzerg.sim.engine.command.CommandResult;
import io.wickedzerg.sim.engine.view.UnitView;
import io.wickedzerg.sim.map.Point2;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Patrol as in the game: to the point and back, again and again, and an armed patrol fights what it meets. */
class PatrolTest {
    private static final int TERRAN = 1;
    private static final int ZERG = 2;
    private static final int LEG_BUDGET = 400;

    private final Battlefield field = new Battlefield();
    private final Game game = field.game;

    private UnitView view(int owner, long tag) {
        return field.unit(owner, tag).orElseThrow();
    }

    /** Steps until the unit is within {@code near} cells of {@code point}; the loops it took. */
    private int walkUntilNear(int owner, long tag, Point2 point, double near) {
        for (int i = 0; i < LEG_BUDGET; i++) {
            if (view(owner, tag).position().distanceTo(point.x(), point.y()) < near) {
                return i;
            }
            game.step(1);
        }
        throw new AssertionError("unit " + tag + " never came within " + near + " of " + point);
    }

    private void patrolsBackAndForth(int type) {
        Point2 a = field.at(-5, 0);
        Point2 b = field.at(5, 0);
        long unit = game.spawnFinished(ZERG, type, a);
        assertThat(game.issue(ZERG, new Command.Patrol(List.of(unit), b, false))).isEqualTo(CommandResult.Success);
        game.step(1);
        assertThat(view(ZERG, unit).orders()).singleElement()
                .satisfies(o -> assertThat(o.abilityId()).as("reported as patrol").isEqualTo(AbilityIds.PATROL));

        walkUntilNear(ZERG, unit, b, 1.0);
        walkUntilNear(ZERG, unit, a, 1.0);
        walkUntilNear(ZERG, unit, b, 1.0);
        assertThat(view(ZERG, unit).orders()).as("still patrolling after two turns").hasSize(1);
    }

    @Test
    void anArmedUnitWalksToThePointAndBackAgain() {
        patrolsBackAndForth(UnitTypeIds.ZERGLING);
    }

    @Test
    void anUnarmedUnitPatrolsToo() {
        patrolsBackAndForth(UnitTypeIds.OVERLORD);
    }

    @Test
    void aPatrolFightsAnEnemyOnItsWay() {
        long ling = game.spawnFinished(ZERG, UnitTypeIds.ZERGLING, field.at(-5, 0));
        long marine = game.spawnFinished(TERRAN, UnitTypeIds.MARINE, field.at(4, 0));
        game.issue(TERRAN, new Command.HoldPosition(List.of(marine), false));
        game.issue(ZERG, new Command.Patrol(List.of(ling), field.at(5, 0), false));
        float full = view(TERRAN, marine).health();
        for (int i = 0; i < LEG_BUDGET && field.unit(TERRAN, marine).map(UnitView::health).orElse(0f) >= full; i++) {
            game.step(1);
        }
        assertThat(field.unit(TERRAN, marine).map(UnitView::health).orElse(0f)).as("the marine was hit")
                .isLessThan(full);
    }
}
