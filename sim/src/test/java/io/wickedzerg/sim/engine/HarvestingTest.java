package io.wickedzerg.sim.engine;

import io.wickedzerg.sim.data.ResourceKind;
import io.wickedzerg.sim.data.UnitTypeIds;
import io.wickedzerg.sim.engine.command.Command;
import io.wickedzerg.sim.engine.command.CommandResult;
import io.wickedzerg.sim.engine.view.PlayerView;
import io.wickedzerg.sim.engine.view.UnitView;
import io.wickedzerg.sim.map.Point2;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mining rates against the real game's. The reference measurements (tl.net post 5888322, timed at normal
 * speed, where a game minute is 960 loops; at "faster" a real minute is 1344 loops, 1.4 times as much) are:
 * 39-45 minerals per normal-speed minute for each worker up to two per patch, ~672 for 16 workers on 8 fields,
 * ~816 for 24, ~114 gas from a geyser with 3 workers.
 */
class HarvestingTest {
    private static final int NORMAL_MINUTE = 960;
    private static final int FASTER_MINUTE = 1344;
    /** Loops before counting, so every worker has made its first trip. */
    private static final int WARM_UP = 320;
    private static final int MINUTES = 3;


    /** The mineral fields of the player's main, nearest first. */
    static List<UnitView> fieldsByDistance(PlayerView view) {
        return view.neutralUnits().stream()
                .filter(u -> view.units().get(u.type()).resource() == ResourceKind.MINERALS)
                .filter(u -> u.position().distanceTo(view.startLocation()) < 12)
                .sorted(Comparator.comparingDouble(u -> u.position().distanceTo(view.startLocation())))
                .toList();
    }

    /** {@code workers} drones, as many as exist plus spawned ones next to the hatchery. */
    private static List<Long> drones(Game game, int workers) {
        List<Long> tags = new ArrayList<>(allDrones(game));
        Point2 start = game.view(1).startLocation();
        while (tags.size() < workers) {
            tags.add(game.spawnFinished(1, UnitTypeIds.DRONE, Point2.of(start.x() - 3, start.y() - 3)));
        }
        return tags.subList(0, workers);
    }

    /** The tags of every drone player 1 has now. */
    private static List<Long> allDrones(Game game) {
        return game.view(1).ownUnits().stream().filter(u -> u.type() == UnitTypeIds.DRONE).map(UnitView::tag).toList();
    }

    /** Minerals per {@code minute} loops, averaged over a few, with worker i on the (i mod fields)-th nearest field. */
    private static double mineralRate(int workers, int fields, int minute) {
        Game game = TestGames.zergAgainstIdleTerran();
        List<Long> drones = drones(game, workers);
        // the game starts with every worker gathering: only the measured ones may go on
        game.issue(1, new Command.Stop(allDrones(game), false));
        List<UnitView> nearest = fieldsByDistance(game.view(1));
        for (int i = 0; i < drones.size(); i++) {
            game.issue(1, new Command.Gather(List.of(drones.get(i)), nearest.get(i % fields).tag(), false));
        }
        game.step(WARM_UP);
        int before = game.view(1).minerals();
        game.step(minute * MINUTES);
        return (game.view(1).minerals() - before) / (double) MINUTES;
    }

    @Test
    void oneWorkerMinesAtTheRealGamesRate() {
        // 39-45 per normal-speed minute, i.e. 55-63 per "faster" minute
        assertThat(mineralRate(1, 1, NORMAL_MINUTE)).isBetween(37.0, 47.0);
        assertThat(mineralRate(1, 1, FASTER_MINUTE)).isBetween(52.0, 66.0);
    }

    @Test
    void sixteenWorkersOnEightFieldsMineAsInTheRealGame() {
        double sixteen = mineralRate(16, 8, NORMAL_MINUTE);
        assertThat(sixteen).isBetween(600.0, 720.0);
        // 16 per 8 fields: about 40 each per normal-speed minute, ~56 per "faster" minute
        assertThat(sixteen / 16).isBetween(37.5, 45.0);
        assertThat(mineralRate(16, 8, FASTER_MINUTE)).isBetween(840.0, 1000.0);
    }

    @Test
    void aSecondWorkerPerPatchNearlyDoublesAndAThirdAddsLittle() {
        double eight = mineralRate(8, 8, NORMAL_MINUTE);
        double sixteen = mineralRate(16, 8, NORMAL_MINUTE);
        double twentyFour = mineralRate(24, 8, NORMAL_MINUTE);
        assertThat(sixteen / eight).isBetween(1.85, 2.05);
        assertThat(twentyFour / sixteen).isBetween(1.1, 1.35);
        // a mineral line cannot pass 5 minerals per 44.6 loops per field (861 per normal-speed minute)
        assertThat(twentyFour).isBetween(740.0, 861.0);
    }

    @Test
    void threeWorkersSaturateAGeyser() {
        double two = gasRate(2);
        double three = gasRate(3);
        double four = gasRate(4);
        assertThat(three).as("gas per normal-speed minute, 3 workers").isBetween(100.0, 125.0);
        assertThat(three * FASTER_MINUTE / NORMAL_MINUTE).as("per faster minute").isBetween(140.0, 175.0);
        assertThat(two).isBetween(66.0, 90.0);
        assertThat(four - three).as("a fourth worker").isLessThan(three - two);
        assertThat(four).isLessThanOrEqualTo(4 * NORMAL_MINUTE / (1.981 * 16));
    }

    /** Gas per normal-speed minute from the nearest geyser's extractor with {@code workers} drones in it. */
    private static double gasRate(int workers) {
        Game game = TestGames.zergAgainstIdleTerran();
        PlayerView view = game.view(1);
        UnitView geyser = view.neutralUnits().stream()
                .filter(u -> view.units().get(u.type()).resource() == ResourceKind.VESPENE)
                .min(Comparator.comparingDouble(u -> u.position().distanceTo(view.startLocation()))).orElseThrow();
        List<Long> drones = drones(game, workers + 1);
        game.step(16);
        assertThat(game.issue(1, new Command.BuildOnGeyser(List.of(drones.get(0)), UnitTypeIds.EXTRACTOR,
                geyser.tag(), false))).isEqualTo(CommandResult.Success);
        game.step(700);
        UnitView extractor = game.view(1).ownUnits().stream().filter(u -> u.type() == UnitTypeIds.EXTRACTOR)
                .findFirst().orElseThrow();
        assertThat(extractor.isFinished()).isTrue();
        game.issue(1, new Command.Gather(drones.subList(1, workers + 1), extractor.tag(), false));
        game.step(WARM_UP);
        int before = game.view(1).vespene();
        game.step(NORMAL_MINUTE * MINUTES);
        return (game.view(1).vespene() - before) / (double) MINUTES;
    }

    @Test
    void sameCommandsGiveTheSameGame() {
        assertThat(mineralRate(7, 8, NORMAL_MINUTE)).isEqualTo(mineralRate(7, 8, NORMAL_MINUTE));
    }
}
