package io.wickedzerg.bot.manager;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.ocraft.s2client.protocol.data.Abilities;
import io.wickedzerg.bot.core.Command;
import io.wickedzerg.bot.core.Role;
import io.wickedzerg.bot.model.OrderView;
import io.wickedzerg.bot.model.StepSnapshot;
import io.wickedzerg.bot.model.UnitView;
import io.wickedzerg.bot.testing.Fixtures;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EconomyManagerTest {

    @Test
    void idleDronesBecomeMinersSpreadTwoPerField() {
        Fixtures.Ctx ctx = Fixtures.context(Fixtures.opening().build(Fixtures.TECH));

        new EconomyManager().onStep(ctx.context);
        List<Command> sent = ctx.flush();

        assertThat(ctx.roles.count(Role.MINERALS)).isEqualTo(12);
        Map<Long, Integer> perField = new HashMap<>();
        sent.forEach(c -> {
            assertThat(c.ability()).isEqualTo(Abilities.HARVEST_GATHER);
            perField.merge(c.targetTag(), c.tags().size(), Integer::sum);
        });
        assertThat(perField.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(12);
        assertThat(perField.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(2));
        assertThat(perField.keySet()).as("only the main's fields (tags 500-507)").allSatisfy(t -> assertThat(t).isBetween(500L, 507L));
    }

    @Test
    void busyMinersAreLeftAlone() {
        StepSnapshot.Builder b = Fixtures.opening();
        StepSnapshot s = StepSnapshot.builder().gameLoop(1).bank(50, 0).supply(12, 14)
                .addAll(Fixtures.opening().build(Fixtures.TECH).mine().stream()
                        .map(u -> u.type().toString().equals("ZERG_DRONE")
                                ? u.toBuilder().order(OrderView.on(Abilities.HARVEST_GATHER, 500 + u.tag() % 8)).build() : u)
                        .toList())
                .addAll(Fixtures.resources(Fixtures.MAIN, 500))
                .build(Fixtures.TECH);
        Fixtures.Ctx ctx = Fixtures.context(s);

        new EconomyManager().onStep(ctx.context);

        assertThat(ctx.flush()).isEmpty();
    }

    @Test
    void oversaturatedBaseSendsDronesToTheOneThatNeedsThem() {
        StepSnapshot.Builder b = StepSnapshot.builder().gameLoop(EconomyManager.TRANSFER_PERIOD * 10).bank(0, 0).supply(30, 44);
        b.add(UnitView.builder(1, com.github.ocraft.s2client.protocol.data.Units.ZERG_HATCHERY).pos(Fixtures.MAIN).build());
        b.add(UnitView.builder(2, com.github.ocraft.s2client.protocol.data.Units.ZERG_HATCHERY).pos(Fixtures.NATURAL).build());
        b.addAll(Fixtures.resources(Fixtures.MAIN, 500));
        b.addAll(Fixtures.resources(Fixtures.NATURAL, 700));
        // 22 drones on the main's 8 fields (ideal 16): 6 too many; the natural has none.
        for (int i = 0; i < 22; i++) {
            b.add(Fixtures.drone(100 + i, Fixtures.MAIN.x(), Fixtures.MAIN.y() + 4)
                    .order(OrderView.on(Abilities.HARVEST_GATHER, 500 + i % 8)).build());
        }
        Fixtures.Ctx ctx = Fixtures.context(b.build(Fixtures.TECH));

        new EconomyManager().onStep(ctx.context);
        List<Command> sent = ctx.flush();

        int moved = sent.stream().filter(c -> c.targetTag() >= 700 && c.targetTag() < 710).mapToInt(c -> c.tags().size()).sum();
        assertThat(moved).isEqualTo(6);
    }
}
