package io.wickedzerg.bot.manager;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.ocraft.s2client.protocol.data.Abilities;
import com.github.ocraft.s2client.protocol.data.Units;
import io.wickedzerg.bot.core.Role;
import io.wickedzerg.bot.model.UnitView;
import io.wickedzerg.bot.testing.Fixtures;
import org.junit.jupiter.api.Test;

class GasManagerTest {

    @Test
    void putsThreeDronesOnAFinishedExtractorEvenDuringTheOpening() {
        Fixtures.Ctx ctx = Fixtures.context(Fixtures.opening()
                .add(UnitView.builder(450, Units.ZERG_EXTRACTOR).pos(23.5, 33.5).build()).build(Fixtures.TECH));
        new EconomyManager().onStep(ctx.context);
        ctx.flush();

        new GasManager(() -> false).onStep(ctx.context);

        assertThat(ctx.roles.count(Role.GAS)).isEqualTo(3);
        assertThat(ctx.flush()).singleElement().satisfies(c -> {
            assertThat(c.ability()).isEqualTo(Abilities.HARVEST_GATHER);
            assertThat(c.targetTag()).isEqualTo(450L);
            assertThat(c.tags()).hasSize(3);
        });
    }

    @Test
    void anUnfinishedExtractorGetsNoDrones() {
        Fixtures.Ctx ctx = Fixtures.context(Fixtures.opening()
                .add(UnitView.builder(450, Units.ZERG_EXTRACTOR).pos(23.5, 33.5).buildProgress(0.5f).build())
                .build(Fixtures.TECH));
        new EconomyManager().onStep(ctx.context);
        ctx.flush();

        new GasManager(() -> true).onStep(ctx.context);

        assertThat(ctx.roles.count(Role.GAS)).isZero();
    }
}
