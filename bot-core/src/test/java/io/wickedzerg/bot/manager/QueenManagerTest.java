package io.wickedzerg.bot.manager;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.ocraft.s2client.protocol.data.Abilities;
import com.github.ocraft.s2client.protocol.data.Units;
import io.wickedzerg.bot.core.Command;
import io.wickedzerg.bot.core.Role;
import io.wickedzerg.bot.model.UnitView;
import io.wickedzerg.bot.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueenManagerTest {

    @Test
    void aQueenWithEnergyInjectsHerHatcheryOncePerInjectPeriod() {
        QueenManager queens = new QueenManager(() -> true);
        Fixtures.Ctx first = Fixtures.context(Fixtures.opening().gameLoop(1000)
                .add(UnitView.builder(410, Units.ZERG_QUEEN).pos(32, 28).energy(30).build()).build(Fixtures.TECH));

        queens.onStep(first.context);
        List<Command> sent = first.flush();

        assertThat(sent).singleElement().satisfies(c -> {
            assertThat(c.ability()).isEqualTo(Abilities.EFFECT_INJECT_LARVA);
            assertThat(c.targetTag()).isEqualTo(1L);
        });
        assertThat(first.roles.roleOf(410)).contains(Role.QUEEN);

        Fixtures.Ctx soon = first.next(Fixtures.opening().gameLoop(1100)
                .add(UnitView.builder(410, Units.ZERG_QUEEN).pos(32, 28).energy(30).build()).build(Fixtures.TECH));
        queens.onStep(soon.context);
        assertThat(soon.flush()).noneSatisfy(c -> assertThat(c.ability()).isEqualTo(Abilities.EFFECT_INJECT_LARVA));
    }

    @Test
    void trainsQueensUpToOnePerBaseAfterTheOpening() {
        Fixtures.Ctx ctx = Fixtures.context(Fixtures.opening().bank(200, 0).supply(20, 30)
                .add(UnitView.builder(401, Units.ZERG_SPAWNING_POOL).pos(30, 20).build()).build(Fixtures.TECH));

        new QueenManager(() -> true).onStep(ctx.context);

        assertThat(ctx.flush()).singleElement().satisfies(c -> assertThat(c.ability()).isEqualTo(Abilities.TRAIN_QUEEN));
    }

    @Test
    void queensFightEnemiesAtTheBase() {
        Fixtures.Ctx ctx = Fixtures.context(Fixtures.opening().gameLoop(1000)
                .add(UnitView.builder(410, Units.ZERG_QUEEN).pos(32, 28).energy(50).build())
                .add(UnitView.builder(900, Units.PROTOSS_ZEALOT).enemy().pos(36, 26).build()).build(Fixtures.TECH));

        new QueenManager(() -> true).onStep(ctx.context);

        assertThat(ctx.flush()).singleElement().satisfies(c -> assertThat(c.ability()).isEqualTo(Abilities.ATTACK));
    }
}
