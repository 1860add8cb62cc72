package io.wickedzerg.sim.engine;

import io.wickedzerg.sim.data.UnitTypeIds;
import io.wickedzerg.sim.engine.command.Command;
import io.wickedzerg.sim.engine.view.PlayerView;
import io.wickedzerg.sim.engine.view.UnitView;
import io.wickedzerg.sim.map.Point2;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AlertsTest {


    private static List<Long> own(Game game, int type) {
        return game.view(1).ownUnits().stream().filter(u -> u.type() == type).map(UnitView::tag).toList();
    }

    /** Steps up to {@code loops}, collecting the alerts each observation would carry. */
    private static List<Alert> stepAndCollect(Game game, int player, int loops) {
        List<Alert> alerts = new ArrayList<>();
        for (int i = 0; i < loops; i++) {
            game.step(1);
            alerts.addAll(game.report(player).alerts());
        }
        return alerts;
    }

    @Test
    void aDroneAndASpawningPoolAnnounceThemselvesOnceWhenTheyAreDone() {
        Game game = TestGames.zergAgainstIdleTerran();
        game.player(1).minerals = 1_000;
        PlayerView view = game.view(1);
        Point2 start = view.startLocation();
        assertThat(game.issue(1, new Command.Train(List.of(own(game, UnitTypeIds.LARVA).get(0)), UnitTypeIds.DRONE, false)).ok())
                .isTrue();
        Point2 poolSite = null;
        for (int dx = -8; dx <= 8 && poolSite == null; dx++) {
            Point2 candidate = Point2.of(start.x() + dx + 0.5, start.y() - 7.5);
            if (game.checkPlacement(1, UnitTypeIds.SPAWNING_POOL, candidate).ok()) {
                poolSite = candidate;
            }
        }
        assertThat(poolSite).as("a spot for the pool on the main's creep").isNotNull();
        assertThat(game.issue(1, new Command.Build(List.of(own(game, UnitTypeIds.DRONE).get(0)), UnitTypeIds.SPAWNING_POOL,
                poolSite, false)).ok()).isTrue();

        List<Alert> alerts = stepAndCollect(game, 1, 1_500);

        assertThat(alerts).containsExactlyInAnyOrder(Alert.TrainWorkerComplete, Alert.BuildingComplete);
    }

    @Test
    void unitsUnderFireAlertTheirOwnerAtMostOnceEveryFiveSeconds() {
        Battlefield field = new Battlefield();
        field.spawn(1, UnitTypeIds.MARINE, 20, field.at(0, 0));
        List<Long> lings = field.spawn(2, UnitTypeIds.ZERGLING, 40, field.at(6, 0));
        field.attackMove(2, lings, field.at(-6, 0));

        List<Alert> toTerran = new ArrayList<>();
        List<Alert> toZerg = new ArrayList<>();
        for (int loop = 0; loop < 2 * Alert.UNDER_ATTACK_REPEAT_LOOPS + 10; loop++) {
            field.game.step(1);
            toTerran.addAll(field.game.report(1).alerts());
            toZerg.addAll(field.game.report(2).alerts());
        }

        assertThat(toTerran).containsOnly(Alert.UnitUnderAttack).hasSizeBetween(2, 3);
        assertThat(toZerg).containsOnly(Alert.UnitUnderAttack).hasSizeBetween(2, 3);
    }

    @Test
    void theLastMineralsOfAFieldAlertTheMinerWhoseTripEmptiedIt() {
        Game game = TestGames.zergAgainstIdleTerran();
        UnitView field = game.view(1).neutralUnits().stream().filter(u -> u.mineralContents() > 0)
                .min(Comparator.comparingDouble(u -> u.position().distanceTo(game.view(1).startLocation())))
                .orElseThrow();
        game.unit(field.tag()).mineralContents = 10;
        game.issue(1, new Command.Gather(List.of(own(game, UnitTypeIds.DRONE).get(0)), field.tag(), false));

        List<Alert> alerts = stepAndCollect(game, 1, 600);

        assertThat(alerts).containsExactly(Alert.MineralsExhausted);
        assertThat(game.view(1).neutralUnits()).noneMatch(u -> u.tag() == field.tag());
    }
}
