package io.wickedzerg.sim.engine;

import io.wickedzerg.sim.data.UnitTypeIds;
import io.wickedzerg.sim.engine.command.Command;
import io.wickedzerg.sim.engine.command.Target;
import io.wickedzerg.sim.map.Point2;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class VisionTest {
    private final Battlefield field = new Battlefield();
    private final Game game = field.game;

    private byte cell(int player, Point2 p) {
        return game.report(player).visibility()[(int) p.y() * game.terrain().width() + (int) p.x()];
    }

    @Test
    void aScoutLightsWhereItIsAndLeavesFogWhereItWas() {
        Point2 from = field.at(-5, 0);
        Point2 to = field.at(5, 0);
        long ling = game.spawnFinished(2, UnitTypeIds.ZERGLING, from);
        game.step(Vision.INTERVAL);
        assertThat(cell(2, from)).isEqualTo(Vision.VISIBLE);
        assertThat(cell(2, field.at(0, 30))).as("never seen").isEqualTo(Vision.HIDDEN);

        game.issue(2, new Command.Move(List.of(ling), new Target.At(field.at(5 + 30, 0)), false));
        game.step(22 * 8);

        assertThat(cell(2, to)).as("passed by, out of a zergling's sight now").isEqualTo(Vision.FOGGED);
        assertThat(cell(2, from)).isEqualTo(Vision.FOGGED);
        Point2 now = game.view(2).ownUnits().stream().filter(u -> u.tag() == ling).findFirst().orElseThrow().position();
        assertThat(cell(2, now)).isEqualTo(Vision.VISIBLE);
        assertThat(cell(2, field.at(0, 30))).isEqualTo(Vision.HIDDEN);
    }

    @Test
    void anEnemyStructureSeenOnceIsRememberedAsASnapshotAfterTheScoutLeaves() {
        long pylon = game.spawnFinished(1, UnitTypeIds.PYLON, field.at(0, 0));
        long ling = game.spawnFinished(2, UnitTypeIds.ZERGLING, field.at(-3, 0));
        game.step(Vision.INTERVAL);
        assertThat(game.view(2).enemyUnits()).anySatisfy(u -> {
            assertThat(u.tag()).isEqualTo(pylon);
            assertThat(u.snapshot()).isFalse();
        });

        game.issue(2, new Command.Move(List.of(ling), new Target.At(field.at(-40, 0)), false));
        game.step(22 * 10);

        assertThat(game.view(2).enemyUnits()).singleElement().satisfies(u -> {
            assertThat(u.tag()).isEqualTo(pylon);
            assertThat(u.snapshot()).isTrue();
        });
    }
}
