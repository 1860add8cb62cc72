package io.wickedzerg.bench.sim;

import io.wickedzerg.sim.data.ResourceKind;
import io.wickedzerg.sim.engine.ComputerPlayer;
import io.wickedzerg.sim.engine.command.PlayerCommands;
import io.wickedzerg.sim.engine.view.PlayerView;
import io.wickedzerg.sim.engine.view.UnitView;

import java.util.Comparator;

/**
 * A passive opponent for throughput benchmarks: its idle workers mine and it never builds or attacks, so a
 * game can run for as many loops as a measurement needs without ending.
 */
final class MiningOnlyComputer implements ComputerPlayer {
    @Override
    public void onStep(PlayerView view, PlayerCommands commands) {
        for (UnitView unit : view.ownUnits()) {
            if (unit.isIdle() && view.units().get(unit.type()).worker()) {
                view.neutralUnits().stream()
                        .filter(n -> view.units().get(n.type()).resource() == ResourceKind.MINERALS)
                        .min(Comparator.comparingDouble(n -> n.position().distanceTo(unit.position())))
                        .ifPresent(field -> commands.gather(unit.tag(), field.tag()));
            }
        }
    }
}
