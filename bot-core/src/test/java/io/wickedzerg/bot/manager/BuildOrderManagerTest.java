package io.wickedzerg.bot.manager;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.ocraft.s2client.protocol.data.Abilities;
import com.github.ocraft.s2client.protocol.data.Units;
import io.wickedzerg.bot.core.Command;
import io.wickedzerg.bot.model.OrderView;
import io.wickedzerg.bot.model.UnitView;
import io.wickedzerg.bot.strategy.BuildOrder;
import io.wickedzerg.bot.strategy.BuildOrderLoader;
import io.wickedzerg.bot.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuildOrderManagerTest {

    private final BuildOrder order = new BuildOrderLoader(Fixtures.TECH).parse("t", "t.json",
            "{\"steps\":[{\"supply\":13,\"make\":\"overlord\"},{\"supply\":14,\"make\":\"spawning_pool\"},"
                    + "{\"supply\":14,\"make\":\"zergling\",\"count\":2}]}");

    @Test
    void makesDronesUntilTheNextStepsSupply() {
        BuildOrderManager manager = new BuildOrderManager(order);
        Fixtures.Ctx ctx = Fixtures.context(Fixtures.opening().bank(100, 0).supply(12, 14).build(Fixtures.TECH));

        manager.onStep(ctx.context);

        assertThat(ctx.flush()).singleElement().satisfies(c -> assertThat(c.ability()).isEqualTo(Abilities.TRAIN_DRONE));
    }

    @Test
    void atTheStepsSupplyItMakesTheStepAndSavesForItWhenShort() {
        BuildOrderManager manager = new BuildOrderManager(order);
        Fixtures.Ctx poor = Fixtures.context(Fixtures.opening().bank(40, 0).supply(13, 14).build(Fixtures.TECH));
        manager.onStep(poor.context);
        assertThat(poor.flush()).isEmpty();
        assertThat(poor.context.ledger().minerals()).isEqualTo(-60);

        Fixtures.Ctx rich = Fixtures.context(Fixtures.opening().bank(100, 0).supply(13, 14).build(Fixtures.TECH));
        manager.onStep(rich.context);
        assertThat(rich.flush()).singleElement().satisfies(c -> assertThat(c.ability()).isEqualTo(Abilities.TRAIN_OVERLORD));
    }

    @Test
    void aStructureStepBorrowsTheNearestMinerAndPlacesTheBuildingAwayFromTheMinerals() {
        BuildOrderManager manager = new BuildOrderManager(order);
        // Overlord step done (one in an egg), 14 supply, 200 minerals: the pool is next.
        Fixtures.Ctx ctx = Fixtures.context(Fixtures.opening().bank(200, 0).supply(14, 14)
                .add(UnitView.builder(400, Units.ZERG_EGG).order(OrderView.of(Abilities.TRAIN_OVERLORD)).build())
                .build(Fixtures.TECH));
        new EconomyManager().onStep(ctx.context);
        ctx.flush();

        manager.onStep(ctx.context);
        List<Command> sent = ctx.flush();

        assertThat(sent).singleElement().satisfies(c -> {
            assertThat(c.ability()).isEqualTo(Abilities.BUILD_SPAWNING_POOL);
            assertThat(c.target().y()).as("minerals are north; the pool goes south").isLessThan(Fixtures.MAIN.y());
        });
        assertThat(manager.stepsDone()).isEqualTo(1);
    }

    @Test
    void finishesAndScoresByHowLateEachStepCame() {
        BuildOrderManager manager = new BuildOrderManager(order);
        Fixtures.Ctx done = Fixtures.context(Fixtures.opening().supply(19, 22)
                .add(UnitView.builder(301, Units.ZERG_OVERLORD).build())
                .add(UnitView.builder(401, Units.ZERG_SPAWNING_POOL).build())
                .add(UnitView.builder(402, Units.ZERG_ZERGLING).build())
                .add(UnitView.builder(403, Units.ZERG_ZERGLING).build())
                .add(UnitView.builder(404, Units.ZERG_ZERGLING).build())
                .add(UnitView.builder(405, Units.ZERG_ZERGLING).build())
                .build(Fixtures.TECH));

        manager.onStep(done.context);

        assertThat(manager.isFinished()).isTrue();
        // steps at 13, 14, 14 all done at 19: 6, 5, 5 late -> (0.4 + 0.5 + 0.5) / 3
        assertThat(manager.score()).isCloseTo(1.4 / 3, org.assertj.core.data.Offset.offset(1e-9));
    }
}
