package io.wickedzerg.bot.manager;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.ocraft.s2client.protocol.data.Abilities;
import com.github.ocraft.s2client.protocol.data.Units;
import io.wickedzerg.bot.model.OrderView;
import io.wickedzerg.bot.model.StepSnapshot;
import io.wickedzerg.bot.model.UnitView;
import io.wickedzerg.bot.testing.Fixtures;
import org.junit.jupiter.api.Test;

class SupplyManagerTest {

    @Test
    void buildsAnOverlordBeforeSupplyRunsOut() {
        Fixtures.Ctx ctx = Fixtures.context(Fixtures.opening().bank(100, 0).supply(13, 14).build(Fixtures.TECH));

        new SupplyManager().onStep(ctx.context);

        assertThat(ctx.flush()).singleElement().satisfies(c -> assertThat(c.ability()).isEqualTo(Abilities.TRAIN_OVERLORD));
        assertThat(ctx.context.ledger().minerals()).isZero();
    }

    @Test
    void noOverlordWhileOneIsAlreadyComingAndEnough() {
        StepSnapshot s = Fixtures.opening().bank(300, 0).supply(13, 14)
                .add(UnitView.builder(400, Units.ZERG_EGG).order(OrderView.of(Abilities.TRAIN_OVERLORD)).build())
                .build(Fixtures.TECH);

        assertThat(SupplyManager.needsOverlord(s)).isFalse();
    }

    @Test
    void theBuildOrderDecidesBefore13Supply() {
        assertThat(SupplyManager.needsOverlord(Fixtures.opening().supply(12, 14).build(Fixtures.TECH))).isFalse();
    }

    @Test
    void shortOfMoneyItKeepsTheMoneyForTheOverlord() {
        Fixtures.Ctx ctx = Fixtures.context(Fixtures.opening().bank(60, 0).supply(13, 14).build(Fixtures.TECH));

        new SupplyManager().onStep(ctx.context);

        assertThat(ctx.flush()).isEmpty();
        assertThat(ctx.context.ledger().minerals()).as("60 - 100 held").isEqualTo(-40);
    }
}
