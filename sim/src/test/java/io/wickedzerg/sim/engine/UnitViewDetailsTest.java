package io.wickedzerg.sim.engine;

import io.wickedzerg.sim.data.UnitTypeIds;
import io.wickedzerg.sim.engine.command.Command;
import io.wickedzerg.sim.engine.command.Target;
import io.wickedzerg.sim.engine.view.UnitView;
import io.wickedzerg.sim.engine.view.UpgradeLevels;
import io.wickedzerg.sim.map.Point2;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The details a view adds for the SC2 API: upgrade levels, pylon power, rally points. */
class UnitViewDetailsTest {
    private static final int ZERG_MISSILE_1 = 59;
    private static final int ZERG_GROUND_ARMOR_1 = 56;

    private final Battlefield field = new Battlefield();
    private final Game game = field.game;

    private UnitView view(int owner, long tag) {
        return field.unit(owner, tag).orElseThrow();
    }

    @Test
    void unitsShowTheirOwnersUpgradeLevels() {
        long roach = game.spawnFinished(2, UnitTypeIds.ROACH, field.at(0, 0));
        long drone = game.spawnFinished(2, UnitTypeIds.DRONE, field.at(2, 0));
        assertThat(view(2, roach).upgradeLevels()).isEqualTo(UpgradeLevels.NONE);

        game.player(2).upgrades.add(ZERG_MISSILE_1);
        game.player(2).upgrades.add(ZERG_GROUND_ARMOR_1);

        assertThat(view(2, roach).upgradeLevels()).isEqualTo(new UpgradeLevels(1, 1, 0));
        assertThat(view(2, drone).upgradeLevels()).as("workers get no combat upgrades").isEqualTo(UpgradeLevels.NONE);
    }

    @Test
    void aGatewayIsPoweredOnlyInsideAFinishedPylonsField() {
        long pylon = game.spawnFinished(1, UnitTypeIds.PYLON, field.at(0, 0));
        long near = game.spawnFinished(1, UnitTypeIds.GATEWAY, field.at(3.5, 0.5));
        long far = game.spawnFinished(1, UnitTypeIds.GATEWAY, field.at(-20.5, 0.5));

        assertThat(view(1, near).powered()).isTrue();
        assertThat(view(1, far).powered()).isFalse();
        assertThat(view(1, pylon).powered()).as("a pylon needs no power").isFalse();
    }

    @Test
    void aProducersRallyPointIsShownToItsOwnerOnly() {
        long barracks = game.spawnFinished(1, UnitTypeIds.BARRACKS, field.at(0, 0));
        Point2 rally = field.at(6, 6);
        assertThat(view(1, barracks).rally()).isNull();

        assertThat(game.issue(1, new Command.Rally(List.of(barracks), new Target.At(rally), false)).ok()).isTrue();

        assertThat(view(1, barracks).rally()).isEqualTo(rally);
        game.spawnFinished(2, UnitTypeIds.ZERGLING, field.at(0, 3));
        game.step(Vision.INTERVAL);
        assertThat(game.view(2).enemyUnits()).filteredOn(u -> u.tag() == barracks).singleElement()
                .satisfies(u -> assertThat(u.rally()).isNull());
    }
}
