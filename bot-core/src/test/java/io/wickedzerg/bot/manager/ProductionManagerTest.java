package io.wickedzerg.bot.manager;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.ocraft.s2client.protocol.data.Abilities;
import com.github.ocraft.s2client.protocol.data.Units;
import io.wickedzerg.bot.core.Command;
import io.wickedzerg.bot.model.StepSnapshot;
import io.wickedzerg.bot.model.UnitView;
import io.wickedzerg.bot.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProductionManagerTest {

    private static StepSnapshot.Builder midGame(long loop, int minerals, int gas) {
        return Fixtures.opening().gameLoop(loop).bank(minerals, gas).supply(30, 60)
                .add(UnitView.builder(401, Units.ZERG_SPAWNING_POOL).pos(30, 20).build())
                .add(UnitView.builder(402, Units.ZERG_ROACH_WARREN).pos(35, 20).build());
    }

    @Test
    void doesNothingWhileTheOpeningRuns() {
        Fixtures.Ctx ctx = Fixtures.context(midGame(0, 1000, 1000).build(Fixtures.TECH));

        new ProductionManager(() -> false).onStep(ctx.context);

        assertThat(ctx.flush()).isEmpty();
    }

    @Test
    void makesDronesWhenTheArmyKeepsPaceWithTheClock() {
        // Loop 0: the army needed is 0, drones 12 of a 50 target.
        Fixtures.Ctx ctx = Fixtures.context(midGame(0, 1000, 1000).build(Fixtures.TECH));

        new ProductionManager(() -> true).onStep(ctx.context);
        List<Command> sent = ctx.flush();

        // One action per larva: the game would train one drone for a three-larva action.
        assertThat(sent).hasSize(3).allSatisfy(c -> {
            assertThat(c.ability()).isEqualTo(Abilities.TRAIN_DRONE);
            assertThat(c.tags()).hasSize(1);
        });
    }

    @Test
    void armyInTheStrategysMixWhenTheArmyIsBehind() {
        // 10 game minutes, no army: 30 supply of army is owed. Mix 60 % roach, 40 % zergling.
        Fixtures.Ctx ctx = Fixtures.context(midGame(22400 * 10 / 22, 1000, 1000).build(Fixtures.TECH));

        new ProductionManager(() -> true).onStep(ctx.context);
        List<Command> sent = ctx.flush();

        int roachEggs = sent.stream().filter(c -> c.ability() == Abilities.TRAIN_ROACH).mapToInt(c -> c.tags().size()).sum();
        int lingEggs = sent.stream().filter(c -> c.ability() == Abilities.TRAIN_ZERGLING).mapToInt(c -> c.tags().size()).sum();
        assertThat(roachEggs + lingEggs).isEqualTo(3);
        // By supply: 1 roach (2) + 2 ling pairs (2) is 50/50, nearer 60/40 than 2 roaches + 1 pair (80/20).
        assertThat(roachEggs).isEqualTo(1);
        assertThat(lingEggs).isEqualTo(2);
    }

    @Test
    void withoutGasLingsKeepTheLarvaBusy() {
        Fixtures.Ctx ctx = Fixtures.context(midGame(22400 * 10 / 22, 1000, 0).build(Fixtures.TECH));

        new ProductionManager(() -> true).onStep(ctx.context);

        assertThat(ctx.flush()).allSatisfy(c -> assertThat(c.ability()).isEqualTo(Abilities.TRAIN_ZERGLING));
    }

    @Test
    void underAttackEveryLarvaBecomesArmy() {
        Fixtures.Ctx ctx = Fixtures.context(midGame(0, 1000, 1000)
                .add(UnitView.builder(900, Units.TERRAN_MARINE).enemy().pos(35, 35).build())
                .build(Fixtures.TECH));

        new ProductionManager(() -> true).onStep(ctx.context);

        assertThat(ctx.flush()).noneSatisfy(c -> assertThat(c.ability()).isEqualTo(Abilities.TRAIN_DRONE));
    }
}
