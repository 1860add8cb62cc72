package io.wickedzerg.sim.engine;

import io.wickedzerg.sim.data.UnitTypeIds;
import io.wickedzerg.sim.data.UpgradeIds;
import io.wickedzerg.sim.engine.command.Command;
import io.wickedzerg.sim.engine.command.CommandResult;
import io.wickedzerg.sim.engine.view.UnitView;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The debug commands on the engine: each changes the game the way the real game's does. */
class DebugCommandsTest {
    private static final int ZERG = 1;

    private static List<Long> own(Game game, int player, int type) {
        return game.view(player).ownUnits().stream().filter(u -> u.type() == type).map(UnitView::tag).toList();
    }

    private static CommandResult trainDrone(Game game) {
        return game.issue(ZERG, new Command.Train(List.of(own(game, ZERG, UnitTypeIds.LARVA).get(0)), UnitTypeIds.DRONE, false));
    }

    /** Loops until player 1 has {@code drones} drones, or -1 if that takes more than {@code limit}. */
    private static int loopsUntilDrones(Game game, int drones, int limit) {
        for (int i = 1; i <= limit; i++) {
            game.step(1);
            if (own(game, ZERG, UnitTypeIds.DRONE).size() >= drones) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void killedUnitsLeaveTheGameAtOnceAndCountAsLostForTheirOwner() {
        Battlefield field = new Battlefield();
        Game game = field.game;
        List<Long> marines = field.spawn(1, UnitTypeIds.MARINE, 2, field.at(0, 0));
        game.step(1);
        long lostBefore = game.report(1).score().lostMinerals();

        game.debug().killUnits(List.of(marines.get(0), 999_999L));

        assertThat(own(game, 1, UnitTypeIds.MARINE)).containsExactly(marines.get(1));
        PlayerReport report = game.report(1);
        assertThat(report.deadUnits()).containsExactly(marines.get(0));
        assertThat(report.score().lostMinerals()).isEqualTo(lostBefore + 50);
        assertThat(report.score().killedValueUnits()).isZero();
    }

    @Test
    void aUnitCreatedAndKilledBeforeTheNextLoopIsGoneByThen() {
        Battlefield field = new Battlefield();
        Game game = field.game;
        game.step(1);
        List<Long> created = game.debug().createUnits(2, UnitTypeIds.ZERGLING, field.at(0, 0), 3);
        assertThat(created).hasSize(3);

        game.debug().killUnits(List.of(created.get(0)));
        game.step(2);

        assertThat(own(game, 2, UnitTypeIds.ZERGLING)).containsExactlyInAnyOrder(created.get(1), created.get(2));
    }

    @Test
    void unitValuesAreSetAndHeldWithinTheUnitsMaximum() {
        Battlefield field = new Battlefield();
        Game game = field.game;
        long queen = game.spawnFinished(2, UnitTypeIds.QUEEN, field.at(0, 0));
        long stalker = game.spawnFinished(1, UnitTypeIds.STALKER, field.at(4, 0));
        DebugCommands debug = game.debug();

        assertThat(debug.setUnitValue(queen, DebugCommands.UnitValue.ENERGY, 123)).isTrue();
        assertThat(field.unit(2, queen).orElseThrow().energy()).isEqualTo(123f);
        debug.setUnitValue(queen, DebugCommands.UnitValue.ENERGY, 10_000);
        assertThat(field.unit(2, queen).orElseThrow().energy()).isEqualTo(200f);
        debug.setUnitValue(queen, DebugCommands.UnitValue.LIFE, 17);
        assertThat(field.unit(2, queen).orElseThrow().health()).isEqualTo(17f);
        debug.setUnitValue(queen, DebugCommands.UnitValue.LIFE, 0);
        assertThat(field.unit(2, queen).orElseThrow().health()).as("life 0 does not kill").isEqualTo(1f);
        debug.setUnitValue(stalker, DebugCommands.UnitValue.SHIELDS, 5);
        assertThat(field.unit(1, stalker).orElseThrow().shield()).isEqualTo(5f);
        debug.setUnitValue(stalker, DebugCommands.UnitValue.SHIELDS, 500);
        assertThat(field.unit(1, stalker).orElseThrow().shield()).isEqualTo(80f);
        assertThat(debug.setUnitValue(424_242L, DebugCommands.UnitValue.LIFE, 5)).isFalse();
    }

    @Test
    void surrenderEndsTheGameAtTheNextLoopAsADefeatForTheSender() {
        Game game = TestGames.zergAgainstIdleTerran();
        game.debug().endGame(ZERG, false);
        assertThat(game.isOver()).as("the debug request is answered in game").isFalse();

        game.step(5);

        assertThat(game.isOver()).isTrue();
        assertThat(game.gameLoop()).isEqualTo(1);
        assertThat(game.outcomes()).containsEntry(1, PlayerReport.Outcome.DEFEAT).containsEntry(2, PlayerReport.Outcome.VICTORY);
    }

    @Test
    void declaredVictoryEndsTheGameAsAWinForTheSender() {
        Game game = TestGames.zergAgainstIdleTerran();
        game.debug().endGame(ZERG, true);
        game.step(1);
        assertThat(game.outcomes()).containsEntry(1, PlayerReport.Outcome.VICTORY).containsEntry(2, PlayerReport.Outcome.DEFEAT);
    }

    @Test
    void giftsAddFiveThousandEachTimeToTheSenderOnly() {
        Game game = TestGames.zergAgainstIdleTerran();
        DebugCommands debug = game.debug();
        debug.cheat(ZERG, Cheat.MINERALS);
        debug.cheat(ZERG, Cheat.GAS);
        debug.cheat(ZERG, Cheat.ALL_RESOURCES);
        assertThat(game.view(ZERG).minerals()).isEqualTo(50 + 10_000);
        assertThat(game.view(ZERG).vespene()).isEqualTo(10_000);
        assertThat(game.view(2).minerals()).isEqualTo(50);
        assertThat(debug.isOn(ZERG, Cheat.MINERALS)).as("a gift is no toggle").isFalse();
    }

    @Test
    void freeMakesTrainingCostNothingUntilItIsSentAgain() {
        Game game = TestGames.zergAgainstIdleTerran();
        game.player(ZERG).minerals = 0;
        game.debug().cheat(ZERG, Cheat.FREE);

        assertThat(trainDrone(game)).isEqualTo(CommandResult.Success);
        assertThat(game.view(ZERG).minerals()).isZero();
        assertThat(game.report(ZERG).score().spentMinerals()).isZero();

        game.debug().cheat(ZERG, Cheat.FREE);
        assertThat(game.debug().isOn(ZERG, Cheat.FREE)).isFalse();
        assertThat(trainDrone(game)).isEqualTo(CommandResult.NotEnoughMinerals);
    }

    @Test
    void fastBuildHatchesADroneWithinAFewLoopsInsteadOfTwelveSeconds() {
        Game normal = TestGames.zergAgainstIdleTerran();
        Game fast = TestGames.zergAgainstIdleTerran();
        fast.debug().cheat(ZERG, Cheat.FAST_BUILD);
        int drones = own(normal, ZERG, UnitTypeIds.DRONE).size();
        assertThat(trainDrone(normal)).isEqualTo(CommandResult.Success);
        assertThat(trainDrone(fast)).isEqualTo(CommandResult.Success);

        int fastLoops = loopsUntilDrones(fast, drones + 1, 400);
        int normalLoops = loopsUntilDrones(normal, drones + 1, 400);

        assertThat(fastLoops).isBetween(1, 5);
        assertThat(normalLoops).isGreaterThan(200);
    }

    @Test
    void showMapLightsTheWholeMapForTheSenderUntilSentAgain() {
        Battlefield field = new Battlefield();
        Game game = field.game;
        long ling = game.spawnFinished(2, UnitTypeIds.ZERGLING, field.at(0, 0));
        game.step(Vision.INTERVAL);
        assertThat(game.view(1).enemyUnits()).extracting(UnitView::tag).doesNotContain(ling);

        game.debug().cheat(1, Cheat.SHOW_MAP);
        game.step(Vision.INTERVAL);
        assertThat(game.view(1).enemyUnits()).extracting(UnitView::tag).contains(ling);
        assertThat(game.view(2).enemyUnits()).as("player 2 did not cheat").allMatch(UnitView::snapshot);

        game.debug().cheat(1, Cheat.SHOW_MAP);
        game.step(Vision.INTERVAL);
        assertThat(game.view(1).enemyUnits()).extracting(UnitView::tag).doesNotContain(ling);
    }

    /** Damage a lone marine deals to an enemy hatchery beside it in {@code loops} loops. */
    private static double marineDamage(Cheat attackerCheat, Cheat defenderCheat, int loops) {
        Battlefield field = new Battlefield();
        Game game = field.game;
        long hatchery = game.spawnFinished(2, UnitTypeIds.HATCHERY, field.at(0, 0));
        game.spawnFinished(1, UnitTypeIds.MARINE, field.at(4.5, 0));
        if (attackerCheat != null) {
            game.debug().cheat(1, attackerCheat);
        }
        if (defenderCheat != null) {
            game.debug().cheat(2, defenderCheat);
        }
        game.step(Vision.INTERVAL);
        double start = field.unit(2, hatchery).orElseThrow().health();
        game.step(loops);
        return start - field.unit(2, hatchery).orElseThrow().health();
    }

    @Test
    void cooldownLetsWeaponsFireEveryLoop() {
        double normal = marineDamage(null, null, 64);
        double cheating = marineDamage(Cheat.COOLDOWN, null, 64);
        assertThat(normal).as("the marine shoots at all").isPositive();
        assertThat(cheating).isGreaterThan(normal * 5);
    }

    @Test
    void godKeepsTheSendersUnitsFromTakingDamage() {
        assertThat(marineDamage(null, null, 64)).isPositive();
        assertThat(marineDamage(null, Cheat.GOD, 64)).isZero();
    }

    @Test
    void techTreeLetsZerglingsHatchWithoutASpawningPool() {
        Game game = TestGames.zergAgainstIdleTerran();
        game.debug().cheat(ZERG, Cheat.MINERALS);
        long larva = own(game, ZERG, UnitTypeIds.LARVA).get(0);
        assertThat(game.issue(ZERG, new Command.Train(List.of(larva), UnitTypeIds.ZERGLING, false)))
                .isEqualTo(CommandResult.TechRequirementsNotMet);

        game.debug().cheat(ZERG, Cheat.TECH_TREE);

        assertThat(game.issue(ZERG, new Command.Train(List.of(larva), UnitTypeIds.ZERGLING, false)))
                .isEqualTo(CommandResult.Success);
    }

    @Test
    void foodLetsUnitsTrainPastTheSupplyCap() {
        Game game = TestGames.zergAgainstIdleTerran();
        game.debug().cheat(ZERG, Cheat.MINERALS);
        assertThat(game.view(ZERG).foodCap() - game.view(ZERG).foodUsed()).isEqualTo(2);
        assertThat(trainDrone(game)).isEqualTo(CommandResult.Success);
        assertThat(trainDrone(game)).isEqualTo(CommandResult.Success);
        assertThat(trainDrone(game)).isEqualTo(CommandResult.NotEnoughFood);

        game.debug().cheat(ZERG, Cheat.FOOD);

        assertThat(trainDrone(game)).isEqualTo(CommandResult.Success);
    }

    @Test
    void upgradeResearchesOneMoreLevelOfEveryLineOfTheSendersRace() {
        Game game = TestGames.zergAgainstIdleTerran();
        game.debug().cheat(ZERG, Cheat.UPGRADE);
        assertThat(game.view(ZERG).upgrades()).contains(UpgradeIds.ZERG_MELEE_WEAPONS_1, UpgradeIds.METABOLIC_BOOST)
                .doesNotContain(UpgradeIds.ZERG_MELEE_WEAPONS_2);
        assertThat(game.view(2).upgrades()).isEmpty();

        game.debug().cheat(ZERG, Cheat.UPGRADE);
        assertThat(game.view(ZERG).upgrades()).contains(UpgradeIds.ZERG_MELEE_WEAPONS_2);
    }
}
