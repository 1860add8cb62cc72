package io.wickedzerg.bot.manager;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.ocraft.s2client.protocol.data.Abilities;
import com.github.ocraft.s2client.protocol.data.Units;
import io.wickedzerg.bot.core.Role;
import io.wickedzerg.bot.model.UnitView;
import io.wickedzerg.bot.testing.Fixtures;
import org.junit.jupiter.api.Test;

class ScoutingManagerTest {

    @Test
    void sendsOneDroneToTheEnemyStartAfterTheFirstMinute() {
        ScoutingManager scouting = new ScoutingManager();
        Fixtures.Ctx early = Fixtures.context(Fixtures.opening().gameLoop(22 * 10).build(Fixtures.TECH));
        new EconomyManager().onStep(early.context);
        early.flush();
        scouting.onStep(early.context);
        assertThat(early.flush()).noneSatisfy(c -> assertThat(c.target()).isEqualTo(Fixtures.ENEMY));

        Fixtures.Ctx later = early.next(Fixtures.opening().gameLoop(22 * 60).build(Fixtures.TECH));
        scouting.onStep(later.context);

        assertThat(later.roles.count(Role.SCOUT)).isEqualTo(1);
        assertThat(later.flush()).anySatisfy(c -> {
            assertThat(c.ability()).isEqualTo(Abilities.MOVE);
            assertThat(c.target()).isEqualTo(Fixtures.ENEMY);
        });
    }

    @Test
    void overlordsBackOffFromEnemies() {
        Fixtures.Ctx ctx = Fixtures.context(Fixtures.opening()
                .add(UnitView.builder(900, Units.TERRAN_MARINE).enemy().pos(33, 30).build()).build(Fixtures.TECH));

        new ScoutingManager().onStep(ctx.context);

        assertThat(ctx.flush()).anySatisfy(c -> {
            assertThat(c.tags()).containsExactly(300L);
            assertThat(c.ability()).isEqualTo(Abilities.MOVE);
        });
    }
}
