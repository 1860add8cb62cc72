package io.wickedzerg.sim.server;

import com.github.ocraft.s2client.bot.S2Agent;
import com.github.ocraft.s2client.bot.gateway.UnitInPool;
import com.github.ocraft.s2client.protocol.action.ActionError;
import com.github.ocraft.s2client.protocol.data.Abilities;
import com.github.ocraft.s2client.protocol.data.Units;
import com.github.ocraft.s2client.protocol.game.Difficulty;
import com.github.ocraft.s2client.protocol.game.Race;
import com.github.ocraft.s2client.protocol.unit.Alliance;
import com.github.ocraft.s2client.protocol.unit.Tag;
import com.github.ocraft.s2client.protocol.unit.Unit;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One ocraft command naming several units, as the game runs it: a right click to a mineral field sends every drone
 * named, a "train drone" naming every larva makes one drone, and neither reports an error.
 */
class MultiUnitCommandsOverOcraftTest {
    private static final int LOOP_LIMIT = 800;

    /** Sends all drones mining in one command; at 150 minerals trains a drone naming every larva in one command. */
    static final class GroupOrdersAgent extends S2Agent {
        final List<ActionError> errors = new ArrayList<>();
        int drones = -1;
        int dronesWithOrders = -1;
        int larvaeNamed = -1;
        int eggsAfterTraining = -1;
        int mineralsBeforeTraining;
        int mineralsAfterTraining;
        private int phase;

        @Override
        public void onStep() {
            errors.addAll(observation().getActionErrors());
            List<Unit> own = observation().getUnits(Alliance.SELF).stream().map(UnitInPool::unit).toList();
            switch (phase) {
                case 0 -> {
                    List<Unit> ownDrones = ofType(own, Units.ZERG_DRONE);
                    Unit mineral = observation().getUnits(Alliance.NEUTRAL, u -> u.unit().getMineralContents().orElse(0) > 0)
                            .stream().map(UnitInPool::unit)
                            .min(Comparator.comparingDouble(m -> m.getPosition().distance(ownDrones.get(0).getPosition())))
                            .orElseThrow();
                    actions().unitCommand(tags(ownDrones), Abilities.SMART, mineral, false);
                    phase = 1;
                }
                case 1 -> {
                    List<Unit> ownDrones = ofType(own, Units.ZERG_DRONE);
                    drones = ownDrones.size();
                    dronesWithOrders = (int) ownDrones.stream().filter(d -> !d.getOrders().isEmpty()).count();
                    phase = 2;
                }
                case 2 -> {
                    if (observation().getMinerals() >= 150) {
                        List<Unit> larvae = ofType(own, Units.ZERG_LARVA);
                        larvaeNamed = larvae.size();
                        mineralsBeforeTraining = observation().getMinerals();
                        actions().unitCommand(tags(larvae), Abilities.TRAIN_DRONE, false);
                        phase = 3;
                    }
                }
                case 3 -> {
                    eggsAfterTraining = ofType(own, Units.ZERG_EGG).size();
                    mineralsAfterTraining = observation().getMinerals();
                    phase = 4;
                }
                default -> {
                    // watch for late action errors
                }
            }
        }

        private static List<Unit> ofType(List<Unit> units, Units type) {
            return units.stream().filter(u -> u.getType() == type).toList();
        }

        private static Set<Tag> tags(List<Unit> units) {
            Set<Tag> tags = new LinkedHashSet<>();
            units.forEach(u -> tags.add(u.getTag()));
            return tags;
        }
    }

    @Test
    void aRightClickMovesEveryDroneNamedAndATrainNamingEveryLarvaMakesOneDrone() {
        GroupOrdersAgent agent = new GroupOrdersAgent();
        try (SimServer server = SimServer.start(SimServerOptions.builder().port(0).seed(5).loopLimit(LOOP_LIMIT).build())) {
            OcraftGames.playOut(server, agent, Race.TERRAN, Difficulty.VERY_EASY, 4, LOOP_LIMIT);
        }
        assertThat(agent.drones).isEqualTo(12);
        assertThat(agent.dronesWithOrders).as("drones mining after one right click").isEqualTo(12);
        assertThat(agent.larvaeNamed).as("larvae named in the train command").isGreaterThanOrEqualTo(3);
        assertThat(agent.eggsAfterTraining).as("eggs after one train command").isEqualTo(1);
        assertThat(agent.mineralsAfterTraining).as("one drone paid for").isGreaterThan(agent.mineralsBeforeTraining - 100);
        assertThat(agent.errors).isEmpty();
    }
}
