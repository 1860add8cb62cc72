package io.wickedzerg.sim.engine;

import io.wickedzerg.sim.data.Race;
import io.wickedzerg.sim.data.UnitTypeIds;
import io.wickedzerg.sim.engine.command.Command;
import io.wickedzerg.sim.engine.command.CommandResult;
import io.wickedzerg.sim.engine.view.PlayerView;
import io.wickedzerg.sim.engine.view.UnitView;
import io.wickedzerg.sim.map.BuiltInMaps;
import io.wickedzerg.sim.map.Point2;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cheat levels against VeryHard in the engine, on the same seed and with the same commands: the computer
 * (player 2) is commanded by the test, so the only difference between the games is its level.
 */
class CheatsTest {
    private static final int PLAYER = 1;
    private static final int COMPUTER = 2;
    private static final int MINING_LOOPS = 2 * 1344;

    /** Player 1 a Zerg participant, player 2 a computer of this race and level that decides nothing itself. */
    private static Game game(Difficulty level, Race computerRace) {
        return new Game(GameSetup.builder(BuiltInMaps.standard().defaultMap())
                .player(new PlayerSlot(PLAYER, Race.ZERG, false, null, "player"))
                .player(new PlayerSlot(COMPUTER, computerRace, true, level, "computer"))
                .computers(spec -> (view, commands) -> { })
                .seed(5)
                .build());
    }

    private static Set<Long> tags(List<UnitView> units) {
        return units.stream().filter(u -> !u.snapshot()).map(UnitView::tag).collect(Collectors.toSet());
    }

    @ParameterizedTest(name = "{0} sees all: {1}")
    @CsvSource({"VERY_HARD, false", "CHEAT_VISION, true", "CHEAT_MONEY, false", "CHEAT_INSANE, true"})
    void onlyTheVisionCheatsSeeTheEnemyThroughTheFog(Difficulty level, boolean seesAll) {
        Game game = game(level, Race.TERRAN);
        List<Point2> starts = game.terrain().startLocations();
        Point2 middle = Point2.of((starts.get(0).x() + starts.get(1).x()) / 2, (starts.get(0).y() + starts.get(1).y()) / 2);
        long hidden = game.spawnFinished(PLAYER, UnitTypeIds.ZERGLING, middle);
        game.step(Vision.INTERVAL);

        Set<Long> playersUnits = tags(game.view(PLAYER).ownUnits());
        Set<Long> seenByComputer = tags(game.view(COMPUTER).enemyUnits());
        byte[] computersMap = game.report(COMPUTER).visibility();
        if (seesAll) {
            assertThat(seenByComputer).as("every unit of the player, the base and the zergling far from anything")
                    .containsExactlyInAnyOrderElementsOf(playersUnits).contains(hidden);
            assertThat(computersMap).containsOnly(Vision.VISIBLE);
        } else {
            assertThat(seenByComputer).isEmpty();
            assertThat(computersMap).contains(Vision.HIDDEN);
        }
        assertThat(tags(game.view(PLAYER).enemyUnits())).as("the participant never gets the cheat").isEmpty();
    }

    /** What two minutes of mining with every starting worker bring each side. */
    private record Mining(long computerCollected, int computerBank, int fieldsLeft, long playerCollected) {
    }

    private static Mining mine(Difficulty level) {
        Game game = game(level, Race.TERRAN);
        for (int id : List.of(PLAYER, COMPUTER)) {
            PlayerView view = game.view(id);
            List<UnitView> fields = HarvestingTest.fieldsByDistance(view);
            List<UnitView> workers = view.ownUnits().stream().filter(u -> view.units().get(u.type()).worker()).toList();
            for (int i = 0; i < workers.size(); i++) {
                assertThat(game.issue(id, new Command.Gather(List.of(workers.get(i).tag()),
                        fields.get(i % fields.size()).tag(), false))).isEqualTo(CommandResult.Success);
            }
        }
        game.step(MINING_LOOPS);
        PlayerView computer = game.view(COMPUTER);
        return new Mining(game.report(COMPUTER).score().collectedMinerals(), computer.minerals(),
                HarvestingTest.fieldsByDistance(computer).stream().mapToInt(UnitView::mineralContents).sum(),
                game.report(PLAYER).score().collectedMinerals());
    }

    @Test
    void theMoneyCheatsBankTwiceWhatTheSameTripsBringVeryHard() {
        Map<Difficulty, Mining> by = Stream.of(Difficulty.VERY_HARD, Difficulty.CHEAT_VISION, Difficulty.CHEAT_MONEY,
                Difficulty.CHEAT_INSANE).collect(Collectors.toMap(level -> level, CheatsTest::mine));
        Mining veryHard = by.get(Difficulty.VERY_HARD);
        Mining money = by.get(Difficulty.CHEAT_MONEY);
        Mining insane = by.get(Difficulty.CHEAT_INSANE);
        Mining vision = by.get(Difficulty.CHEAT_VISION);

        assertThat(veryHard.computerCollected()).as("12 SCVs for two minutes").isGreaterThan(1_000);
        assertThat(money.computerCollected()).isEqualTo(2 * veryHard.computerCollected());
        assertThat(money.computerBank() - 50).isEqualTo(2 * (veryHard.computerBank() - 50));
        assertThat(insane.computerCollected()).isEqualTo(2 * veryHard.computerCollected());
        assertThat(vision.computerCollected()).as("vision alone brings no money").isEqualTo(veryHard.computerCollected());
        // the bonus is paid at the drop-off: the fields gave the same, the participant mined the same
        assertThat(money.fieldsLeft()).isEqualTo(veryHard.fieldsLeft());
        assertThat(money.playerCollected()).isEqualTo(veryHard.playerCollected()).isPositive();
    }

    /** Loops from the order until one more worker of the computer exists. */
    private static int loopsToTrainAWorker(Difficulty level, Race race) {
        Game game = game(level, race);
        PlayerView view = game.view(COMPUTER);
        int workerType = race == Race.ZERG ? UnitTypeIds.DRONE : UnitTypeIds.SCV;
        int producerType = race == Race.ZERG ? UnitTypeIds.LARVA : UnitTypeIds.COMMAND_CENTER;
        long producer = view.ownUnits().stream().filter(u -> u.type() == producerType).findFirst().orElseThrow().tag();
        long before = workers(view, workerType);
        assertThat(game.issue(COMPUTER, new Command.Train(List.of(producer), workerType, false))).isEqualTo(CommandResult.Success);
        int loops = 0;
        while (workers(game.view(COMPUTER), workerType) == before) {
            game.step(1);
            loops++;
            assertThat(loops).as("a worker within twice its build time").isLessThan(700);
        }
        return loops;
    }

    private static long workers(PlayerView view, int type) {
        return view.ownUnits().stream().filter(u -> u.type() == type).count();
    }

    @ParameterizedTest(name = "{0} {1} at {2}x")
    @CsvSource({"VERY_HARD, TERRAN, 1", "CHEAT_VISION, TERRAN, 1", "CHEAT_MONEY, ZERG, 1", "CHEAT_INSANE, TERRAN, 1.5",
            "CHEAT_INSANE, ZERG, 1.5"})
    void workersTrainAtTheLevelsProductionSpeed(Difficulty level, Race race, double speed) {
        int workerType = race == Race.ZERG ? UnitTypeIds.DRONE : UnitTypeIds.SCV;
        double buildTime = game(level, race).catalog.get(workerType).buildTime();
        int expected = (int) Math.ceil(buildTime / speed);

        assertThat(loopsToTrainAWorker(level, race)).isBetween(expected - 1, expected + 1);
        if (level == Difficulty.CHEAT_INSANE) {
            assertThat(loopsToTrainAWorker(level, race)).as("against VeryHard")
                    .isLessThan(loopsToTrainAWorker(Difficulty.VERY_HARD, race) * 3 / 4);
        }
    }

    /** Loops an extractor of the computer takes from being placed to finished. */
    private static int loopsToBuildAnExtractor(Difficulty level) {
        Game game = game(level, Race.ZERG);
        PlayerView view = game.view(COMPUTER);
        UnitView drone = view.ownUnits().stream().filter(u -> u.type() == UnitTypeIds.DRONE).findFirst().orElseThrow();
        UnitView geyser = view.neutralUnits().stream().filter(u -> u.type() == UnitTypeIds.VESPENE_GEYSER)
                .min(Comparator.comparingDouble(u -> u.position().distanceTo(view.startLocation()))).orElseThrow();
        assertThat(game.issue(COMPUTER, new Command.BuildOnGeyser(List.of(drone.tag()), UnitTypeIds.EXTRACTOR,
                geyser.tag(), false))).isEqualTo(CommandResult.Success);
        Integer placedAt = null;
        for (int loop = 1; loop < 2_000; loop++) {
            game.step(1);
            UnitView extractor = game.view(COMPUTER).ownUnits().stream().filter(u -> u.type() == UnitTypeIds.EXTRACTOR)
                    .findFirst().orElse(null);
            if (extractor != null && placedAt == null) {
                placedAt = loop;
            }
            if (extractor != null && extractor.buildProgress() >= 1f) {
                return loop - placedAt;
            }
        }
        throw new AssertionError("no extractor finished at " + level.label());
    }

    @Test
    void cheatInsaneBuildsAStructureOneAndAHalfTimesAsFast() {
        int veryHard = loopsToBuildAnExtractor(Difficulty.VERY_HARD);
        int insane = loopsToBuildAnExtractor(Difficulty.CHEAT_INSANE);

        assertThat(loopsToBuildAnExtractor(Difficulty.CHEAT_MONEY)).isEqualTo(veryHard);
        assertThat((double) insane).isCloseTo(veryHard / 1.5, Offset.offset(2.0));
    }
}
