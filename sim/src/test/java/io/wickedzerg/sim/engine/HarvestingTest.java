package io.wickedzerg.sim.engine;

import io.wickedzerg.sim.data.Race;
import io.wickedzerg.sim.data.ResourceKind;
import io.wickedzerg.sim.data.UnitTypeIds;
import io.wickedzerg.sim.engine.command.Command;
import io.wickedzerg.sim.engine.view.PlayerView;
import io.wickedzerg.sim.engine.view.UnitView;
import io.wickedzerg.sim.map.BuiltInMaps;
import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HarvestingTest {
    private static final int ONE_MINUTE = 1344;

    private static Game newGame() {
        return new Game(GameSetup.builder(BuiltInMaps.standard().defaultMap())
                .player(new PlayerSlot(1, Race.ZERG, false, null, "a"))
                .player(new PlayerSlot(2, Race.TERRAN, true, Difficulty.VERY_EASY, "b"))
                .computers(spec -> (view, commands) -> { })
                .build());
    }

    /** Minerals mined in a minute by {@code workers} drones all told to mine the nearest field. */
    private static int mined(int workers) {
        Game game = newGame();
        PlayerView view = game.view(1);
        List<UnitView> fields = view.neutralUnits().stream()
                .filter(u -> view.units().get(u.type()).resource() == ResourceKind.MINERALS)
                .sorted(Comparator.comparingDouble(u -> u.position().distanceTo(view.startLocation())))
                .toList();
        List<UnitView> drones = view.ownUnits().stream().filter(u -> u.type() == UnitTypeIds.DRONE).limit(workers).toList();
        for (int i = 0; i < drones.size(); i++) {
            game.issue(1, new Command.Gather(List.of(drones.get(i).tag()), fields.get(0).tag(), false));
        }
        int before = game.view(1).minerals();
        game.step(ONE_MINUTE);
        return game.view(1).minerals() - before;
    }

    @Test
    void oneWorkerMinesAboutFiveMineralsATrip() {
        int perMinute = mined(1);
        // one trip: 44.6 loops mining + 8 pause + a short straight walk both ways on the closest field
        assertThat(perMinute % 5).isZero();
        assertThat(perMinute).isBetween(80, 110);
    }

    @Test
    void workersSpreadOverFieldsAndIncomeGrowsWithThem() {
        int one = mined(1);
        int twelve = mined(12);
        // sent to one field, they bounce to free neighbours: far more than one worker, less than 12 alone
        assertThat(twelve).isGreaterThan(one * 7).isLessThan(one * 12);
    }

    @Test
    void sameCommandsGiveTheSameGame() {
        assertThat(mined(7)).isEqualTo(mined(7));
    }
}
