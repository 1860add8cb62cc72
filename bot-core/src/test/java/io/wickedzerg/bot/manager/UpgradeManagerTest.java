package io.wickedzerg.bot.manager;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.ocraft.s2client.protocol.data.Abilities;
import com.github.ocraft.s2client.protocol.data.Units;
import com.github.ocraft.s2client.protocol.data.Upgrades;
import io.wickedzerg.bot.model.OrderView;
import io.wickedzerg.bot.model.UnitView;
import io.wickedzerg.bot.testing.Fixtures;
import org.junit.jupiter.api.Test;

class UpgradeManagerTest {

    @Test
    void researchesZerglingSpeedAtAnIdlePool() {
        Fixtures.Ctx ctx = Fixtures.context(Fixtures.opening().bank(100, 100)
                .add(UnitView.builder(401, Units.ZERG_SPAWNING_POOL).pos(30, 20).build()).build(Fixtures.TECH));

        new UpgradeManager(() -> true).onStep(ctx.context);

        assertThat(ctx.flush()).singleElement().satisfies(c -> {
            assertThat(c.ability()).isEqualTo(Abilities.RESEARCH_ZERGLING_METABOLIC_BOOST);
            assertThat(c.tags()).containsExactly(401L);
        });
    }

    @Test
    void neverResearchesTwice() {
        Fixtures.Ctx researching = Fixtures.context(Fixtures.opening().bank(500, 500)
                .add(UnitView.builder(401, Units.ZERG_SPAWNING_POOL).pos(30, 20)
                        .order(OrderView.of(Abilities.RESEARCH_ZERGLING_METABOLIC_BOOST)).build()).build(Fixtures.TECH));
        new UpgradeManager(() -> true).onStep(researching.context);
        assertThat(researching.flush()).isEmpty();

        Fixtures.Ctx done = Fixtures.context(Fixtures.opening().bank(500, 500).upgrade(Upgrades.ZERGLING_MOVEMENT_SPEED)
                .add(UnitView.builder(401, Units.ZERG_SPAWNING_POOL).pos(30, 20).build()).build(Fixtures.TECH));
        new UpgradeManager(() -> true).onStep(done.context);
        assertThat(done.flush()).isEmpty();
    }
}
