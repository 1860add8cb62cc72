package io.wickedzerg.bot.manager;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.ocraft.s2client.protocol.data.Abilities;
import com.github.ocraft.s2client.protocol.data.Units;
import io.wickedzerg.bot.core.Role;
import io.wickedzerg.bot.model.Point2;
import io.wickedzerg.bot.model.UnitView;
import io.wickedzerg.bot.testing.Fixtures;
import org.junit.jupiter.api.Test;

class ExpansionManagerTest {

    @Test
    void takesTheNearestFreeSiteWhenTheIntervalHasPassed() {
        Fixtures.Ctx ctx = Fixtures.context(Fixtures.opening().gameLoop(22 * 130).bank(300, 0).build(Fixtures.TECH));
        new EconomyManager().onStep(ctx.context);
        ctx.flush();

        new ExpansionManager(() -> true).onStep(ctx.context);

        assertThat(ctx.flush()).singleElement().satisfies(c -> {
            assertThat(c.ability()).isEqualTo(Abilities.BUILD_HATCHERY);
            assertThat(c.target()).isEqualTo(Fixtures.NATURAL);
        });
        assertThat(ctx.roles.count(Role.BUILDER)).isEqualTo(1);
    }

    @Test
    void skipsSitesThatAreTakenOrRejectedByPlacement() {
        Fixtures.Ctx ctx = Fixtures.context(Fixtures.opening().gameLoop(22 * 130).bank(300, 0)
                .add(UnitView.builder(2, Units.ZERG_HATCHERY).pos(Fixtures.NATURAL).build()).build(Fixtures.TECH));

        assertThat(ExpansionManager.nextSite(ctx.context, 0)).contains(new Point2(70.5, 30.5));
    }

    @Test
    void waitsBeforeTheIntervalAndDuringTheOpening() {
        Fixtures.Ctx early = Fixtures.context(Fixtures.opening().gameLoop(22 * 30).bank(300, 0).build(Fixtures.TECH));
        new ExpansionManager(() -> true).onStep(early.context);
        assertThat(early.flush()).isEmpty();

        Fixtures.Ctx opening = Fixtures.context(Fixtures.opening().gameLoop(22 * 300).bank(300, 0).build(Fixtures.TECH));
        new ExpansionManager(() -> false).onStep(opening.context);
        assertThat(opening.flush()).isEmpty();
    }
}
