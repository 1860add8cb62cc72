package io.wickedzerg.sim.ai;

import io.wickedzerg.sim.data.Race;
import io.wickedzerg.sim.engine.Difficulty;
import io.wickedzerg.sim.engine.Game;
import io.wickedzerg.sim.engine.GameSetup;
import io.wickedzerg.sim.engine.PlayerSlot;
import io.wickedzerg.sim.engine.view.PlayerView;
import io.wickedzerg.sim.map.BuiltInMaps;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The built-in AI (Terran) at VeryHard and at the cheat levels in games on one seed against the same greedy Zerg:
 * the levels decide alike, so what differs is what their cheats give them.
 */
class CheatLevelsInAGameTest {
    private static final int GREEDY = 1;
    private static final int AI = 2;
    private static final int MINUTES = 4;
    private static final int LOOPS_PER_MINUTE = 1344;

    /** Where the AI stands after {@value #MINUTES} game minutes, and how much of the greedy player it sees. */
    private record Standing(long collectedMinerals, int supply, int units, long enemiesSeen, int enemyUnits) {
    }

    private static Standing play(Difficulty level) {
        Game game = new Game(GameSetup.builder(BuiltInMaps.standard().defaultMap())
                .player(new PlayerSlot(GREEDY, Race.ZERG, true, Difficulty.VERY_EASY, "greedy"))
                .player(new PlayerSlot(AI, Race.TERRAN, true, level, "ai"))
                .computers(spec -> spec.playerId() == GREEDY ? new DifficultyAgainstGreedTest.GreedyZerg()
                        : new BuiltInAiFactory().create(spec))
                .seed(21)
                .build());
        game.step(MINUTES * LOOPS_PER_MINUTE);
        PlayerView ai = game.view(AI);
        return new Standing(game.report(AI).score().collectedMinerals(), ai.foodUsed(), ai.ownUnits().size(),
                ai.enemyUnits().stream().filter(u -> !u.snapshot()).count(), game.view(GREEDY).ownUnits().size());
    }

    @Test
    void eachCheatLevelGetsAheadOfVeryHardByItsCheat() {
        Standing veryHard = play(Difficulty.VERY_HARD);
        Standing vision = play(Difficulty.CHEAT_VISION);
        Standing money = play(Difficulty.CHEAT_MONEY);
        Standing insane = play(Difficulty.CHEAT_INSANE);

        // measured on this seed: VeryHard 3095 minerals, 34 supply; CheatMoney 6010, 47; CheatInsane 6690, 83
        assertThat(veryHard.enemiesSeen()).as("VeryHard has not scouted the whole greedy base")
                .isLessThan(veryHard.enemyUnits());
        assertThat(vision.enemiesSeen()).as("CheatVision sees every unit of the greedy player")
                .isEqualTo(vision.enemyUnits());
        assertThat(insane.enemiesSeen()).isEqualTo(insane.enemyUnits());
        assertThat(money.enemiesSeen()).isLessThan(money.enemyUnits());
        assertThat(money.collectedMinerals()).as("double the trips' worth, and more workers from it")
                .isGreaterThanOrEqualTo(veryHard.collectedMinerals() * 18 / 10);
        assertThat(money.supply()).isGreaterThan(veryHard.supply());
        assertThat(insane.collectedMinerals()).isGreaterThanOrEqualTo(veryHard.collectedMinerals() * 18 / 10);
        assertThat(insane.supply()).as("the same money, produced faster").isGreaterThan(money.supply() * 5 / 4);
        assertThat(insane.units()).isGreaterThan(money.units());
    }
}
