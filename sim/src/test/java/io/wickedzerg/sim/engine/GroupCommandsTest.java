package io.wickedzerg.sim.engine;

import io.wickedzerg.sim.data.UnitTypeIds;
import io.wickedzerg.sim.engine.command.Command;
import io.wickedzerg.sim.engine.command.CommandResult;
import io.wickedzerg.sim.engine.command.Target;
import io.wickedzerg.sim.engine.view.UnitView;
import io.wickedzerg.sim.map.Point2;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A command naming several units runs as the game runs it: group abilities (move, attack, ...) for every unit,
 * train, build and morph once.
 */
class GroupCommandsTest {
    private static final int ZERG = 1;

    private final Game game = TestGames.zergAgainstIdleTerran();
    private final Point2 start = game.terrain().startLocations().get(0);

    @Test
    void fiveLarvaeTrainingADroneMakeOneDrone() {
        List<Long> larvae = larvae(5);
        game.player(ZERG).minerals = 1_000;

        CommandResult result = game.issue(ZERG, new Command.Train(larvae, UnitTypeIds.DRONE, false));

        assertThat(result).isEqualTo(CommandResult.Success);
        assertThat(count(UnitTypeIds.EGG)).isEqualTo(1);
        assertThat(count(UnitTypeIds.LARVA)).isEqualTo(4);
        assertThat(game.player(ZERG).minerals).isEqualTo(950);
    }

    @Test
    void threeHatcheriesTrainingAQueenQueueOneQueen() {
        List<Long> hatcheries = new ArrayList<>(tagsOf(UnitTypeIds.HATCHERY));
        hatcheries.add(game.spawnFinished(ZERG, UnitTypeIds.HATCHERY, Point2.of(start.x() + 12, start.y() + 12)));
        hatcheries.add(game.spawnFinished(ZERG, UnitTypeIds.HATCHERY, Point2.of(start.x() - 12, start.y() + 12)));
        game.spawnFinished(ZERG, UnitTypeIds.SPAWNING_POOL, Point2.of(start.x() + 6, start.y() - 6));
        game.player(ZERG).minerals = 1_000;

        CommandResult result = game.issue(ZERG, new Command.Train(hatcheries, UnitTypeIds.QUEEN, false));

        assertThat(result).isEqualTo(CommandResult.Success);
        assertThat(ordersOf(hatcheries)).as("queens queued over all three").isEqualTo(1);
        assertThat(game.player(ZERG).minerals).isEqualTo(850);
    }

    @Test
    void tenZerglingsMovedTogetherAllMove() {
        List<Long> zerglings = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            zerglings.add(game.spawnFinished(ZERG, UnitTypeIds.ZERGLING, Point2.of(start.x() + 6 + i % 3, start.y() + i / 3)));
        }

        CommandResult result = game.issue(ZERG, new Command.Move(zerglings, Target.at(start.x() + 30, start.y()), false));

        assertThat(result).isEqualTo(CommandResult.Success);
        assertThat(units(zerglings)).hasSize(10).allSatisfy(u -> assertThat(u.orders()).singleElement()
                .satisfies(o -> assertThat(o.abilityId()).isEqualTo(AbilityIds.MOVE)));
    }

    @Test
    void aMorphNamingTwoHatcheriesMorphsOne() {
        List<Long> hatcheries = new ArrayList<>(tagsOf(UnitTypeIds.HATCHERY));
        hatcheries.add(game.spawnFinished(ZERG, UnitTypeIds.HATCHERY, Point2.of(start.x() + 12, start.y() + 12)));
        game.spawnFinished(ZERG, UnitTypeIds.SPAWNING_POOL, Point2.of(start.x() + 6, start.y() - 6));
        game.player(ZERG).minerals = 1_000;
        game.player(ZERG).vespene = 1_000;

        CommandResult result = game.issue(ZERG, new Command.Morph(hatcheries, UnitTypeIds.LAIR, false));

        assertThat(result).isEqualTo(CommandResult.Success);
        assertThat(ordersOf(hatcheries)).as("morphs started over both").isEqualTo(1);
        assertThat(game.player(ZERG).minerals).isEqualTo(850);
        assertThat(game.player(ZERG).vespene).isEqualTo(900);
    }

    @Test
    void aOnceCommandFallsToTheFirstNamedUnitThatCanRunIt() {
        long drone = tagsOf(UnitTypeIds.DRONE).get(0);
        List<Long> larvae = larvae(3);
        List<Long> named = List.of(drone, larvae.get(1), larvae.get(0), larvae.get(2));
        game.player(ZERG).minerals = 1_000;

        assertThat(game.issue(ZERG, new Command.Train(named, UnitTypeIds.DRONE, false))).isEqualTo(CommandResult.Success);

        assertThat(units(List.of(larvae.get(1)))).singleElement()
                .satisfies(u -> assertThat(u.type()).isEqualTo(UnitTypeIds.EGG));
        assertThat(count(UnitTypeIds.EGG)).isEqualTo(1);
    }

    @Test
    void aOnceCommandEveryUnitRefusesAnswersWithTheFirstUnitsReason() {
        List<Long> larvae = larvae(3);
        game.player(ZERG).minerals = 0;

        assertThat(game.issue(ZERG, new Command.Train(larvae, UnitTypeIds.DRONE, false)))
                .isEqualTo(CommandResult.NotEnoughMinerals);
        assertThat(count(UnitTypeIds.EGG)).isZero();
    }

    /** Larvae of player 1: its hatchery's three, plus more beside it. */
    private List<Long> larvae(int count) {
        List<Long> larvae = new ArrayList<>(tagsOf(UnitTypeIds.LARVA));
        while (larvae.size() < count) {
            larvae.add(game.spawnFinished(ZERG, UnitTypeIds.LARVA, Point2.of(start.x() + 1, start.y() - 3)));
        }
        return larvae;
    }

    private List<Long> tagsOf(int type) {
        return game.view(ZERG).ownUnits().stream().filter(u -> u.type() == type).map(UnitView::tag).toList();
    }

    private long count(int type) {
        return game.view(ZERG).ownUnits().stream().filter(u -> u.type() == type).count();
    }

    private List<UnitView> units(List<Long> tags) {
        return game.view(ZERG).ownUnits().stream().filter(u -> tags.contains(u.tag())).toList();
    }

    private int ordersOf(List<Long> tags) {
        return units(tags).stream().mapToInt(u -> u.orders().size()).sum();
    }
}
