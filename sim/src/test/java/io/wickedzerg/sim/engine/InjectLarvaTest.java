package io.wickedzerg.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.wickedzerg.sim.data.UnitTypeIds;
import io.wickedzerg.sim.engine.command.Command;
import io.wickedzerg.sim.engine.command.CommandResult;
import io.wickedzerg.sim.engine.view.UnitView;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Injects as the game has them since patch 3.8: the hatchery carries the inject's timer (the
 * QueenSpawnLarvaTimer buff python-sc2 bots test) while it runs, and a second inject queues behind it.
 */
class InjectLarvaTest {
    private static final int ZERG = 2;
    private static final int INJECT_LOOPS = (int) Math.ceil(Producing.INJECT_LOOPS);
    private static final int WALK_BUDGET = 200;

    private final Battlefield field = new Battlefield();
    private final Game game = field.game;
    private final long hatchery = game.spawnFinished(ZERG, UnitTypeIds.HATCHERY, field.at(0, 0));
    private final long queen = game.spawnFinished(ZERG, UnitTypeIds.QUEEN, field.at(3, 3));

    private UnitView hatcheryView() {
        return game.view(ZERG).ownUnits().stream().filter(u -> u.tag() == hatchery).findFirst().orElseThrow();
    }

    private CommandResult inject() {
        return game.issue(ZERG, new Command.Inject(List.of(queen), hatchery, false));
    }

    /** Steps until the queen's order is done (the inject landed): the loops it took. */
    private int awaitLanded() {
        for (int i = 0; i < WALK_BUDGET; i++) {
            if (game.unit(queen).orders.isEmpty()) {
                return i;
            }
            game.step(1);
        }
        throw new AssertionError("the queen did not inject within " + WALK_BUDGET + " loops");
    }

    private long larvae() {
        return game.view(ZERG).ownUnits().stream().filter(u -> u.type() == UnitTypeIds.LARVA).count();
    }

    @Test
    void theHatcheryCarriesTheTimerWhileTheInjectRuns() {
        game.unit(queen).energy = 25;
        assertThat(hatcheryView().larvaInjected()).isFalse();
        assertThat(inject()).isEqualTo(CommandResult.Success);
        awaitLanded();
        assertThat(hatcheryView().larvaInjected()).as("right after the inject").isTrue();
        assertThat(game.unit(queen).energy).isLessThan(25);
        game.step(INJECT_LOOPS - 2);
        assertThat(hatcheryView().larvaInjected()).as("just before it ends").isTrue();
        game.step(2);
        assertThat(hatcheryView().larvaInjected()).as("once the larvae came").isFalse();
    }

    @Test
    void aSecondInjectQueuesAndStartsWhenTheFirstEnds() {
        game.unit(queen).energy = 50;
        assertThat(inject()).isEqualTo(CommandResult.Success);
        awaitLanded();
        assertThat(inject()).as("on an injected hatchery").isEqualTo(CommandResult.Success);
        awaitLanded();
        assertThat(game.unit(queen).energy).as("both paid").isLessThan(1);
        game.step(INJECT_LOOPS);
        long afterFirst = larvae();
        assertThat(hatcheryView().larvaInjected()).as("the queued inject runs now").isTrue();
        game.step(INJECT_LOOPS);
        assertThat(hatcheryView().larvaInjected()).isFalse();
        assertThat(larvae()).as("the second inject's larvae").isGreaterThan(afterFirst);
    }
}
