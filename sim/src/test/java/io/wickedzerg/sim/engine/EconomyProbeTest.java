package io.wickedzerg.sim.engine;

import io.wickedzerg.sim.computer.ComputerPlayer;
import io.wickedzerg.sim.data.Race;
import io.wickedzerg.sim.data.UnitTypeIds;
import io.wickedzerg.sim.engine.command.Command;
import io.wickedzerg.sim.engine.view.UnitView;
import io.wickedzerg.sim.map.BuiltInMaps;
import org.junit.jupiter.api.Test;

import java.util.List;

class EconomyProbeTest {
    @Test
    void probe() {
        Game game = new Game(GameSetup.builder(BuiltInMaps.standard().defaultMap())
                .player(new PlayerSlot(1, Race.ZERG, false, null, "a"))
                .player(new PlayerSlot(2, Race.TERRAN, true, Difficulty.VERY_EASY, "b"))
                .computers(spec -> (view, commands) -> { })
                .build());
        var view = game.view(1);
        UnitView mineral = view.neutralUnits().stream().filter(u -> u.type() == UnitTypeIds.MINERAL_FIELD || u.type() == UnitTypeIds.MINERAL_FIELD_750)
                .min((a, b) -> Double.compare(a.position().distanceTo(view.startLocation()), b.position().distanceTo(view.startLocation()))).orElseThrow();
        System.out.println("start " + view.startLocation() + " mineral " + mineral.position() + " d=" + mineral.position().distanceTo(view.startLocation()));
        for (UnitView u : view.ownUnits()) {
            if (u.type() == UnitTypeIds.DRONE) {
                System.out.println(game.issue(1, new Command.Gather(List.of(u.tag()), mineral.tag(), false)));
            }
        }
        for (int i = 0; i < 10; i++) {
            game.step(134);
            var v = game.view(1);
            System.out.println("loop " + game.gameLoop() + " minerals " + v.minerals() + " orders " +
                    v.ownUnits().stream().filter(u -> u.type() == UnitTypeIds.DRONE).map(u -> u.orders().isEmpty() ? "-" : "" + u.orders().get(0).abilityId()).toList());
        }
    }
}
