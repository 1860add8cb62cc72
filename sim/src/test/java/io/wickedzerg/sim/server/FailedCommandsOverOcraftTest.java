package io.wickedzerg.sim.server;

import com.github.ocraft.s2client.bot.S2Agent;
import com.github.ocraft.s2client.bot.gateway.UnitInPool;
import com.github.ocraft.s2client.protocol.action.ActionError;
import com.github.ocraft.s2client.protocol.action.ActionResult;
import com.github.ocraft.s2client.protocol.data.Abilities;
import com.github.ocraft.s2client.protocol.data.Units;
import com.github.ocraft.s2client.protocol.game.Difficulty;
import com.github.ocraft.s2client.protocol.game.Race;
import com.github.ocraft.s2client.protocol.spatial.Point2d;
import com.github.ocraft.s2client.protocol.unit.Alliance;
import com.github.ocraft.s2client.protocol.unit.Unit;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Commands the engine refuses come back to the unchanged ocraft client as results of the real game's
 * {@code ActionResult} enum, in the action response, in the next observation and in placement queries, and the
 * game goes on. (A refusal the protocol had no name for once turned those responses into errors, and ocraft's
 * bookkeeping of the unanswered request then stalled a game until its 60 s request timeout.)
 */
class FailedCommandsOverOcraftTest {
    private static final int LOOP_LIMIT = 1_200;

    /**
     * Mines; once it can afford them, tries a spawning pool far off creep and a gas building on open ground; then idles.
     */
    static final class RefusedOrdersAgent extends S2Agent {
        final List<ActionError> errors = new ArrayList<>();
        final List<Boolean> placements = new ArrayList<>();
        long lastLoop;
        private boolean ordered;

        @Override
        public void onStep() {
            lastLoop = observation().getGameLoop();
            errors.addAll(observation().getActionErrors());
            List<Unit> minerals = observation().getUnits(Alliance.NEUTRAL,
                    u -> u.unit().getMineralContents().orElse(0) > 0).stream().map(UnitInPool::unit).toList();
            observation().getUnits(Alliance.SELF, u -> u.unit().getType() == Units.ZERG_DRONE
                    && u.unit().getOrders().isEmpty()).forEach(idle -> minerals.stream()
                    .min(Comparator.comparingDouble(m -> m.getPosition().distance(idle.unit().getPosition())))
                    .ifPresent(mineral -> actions().unitCommand(idle.unit(), Abilities.SMART, mineral, false)));
            if (ordered || observation().getMinerals() < 200) {
                return;
            }
            ordered = true;
            Unit drone = observation().getUnits(Alliance.SELF, u -> u.unit().getType() == Units.ZERG_DRONE).stream()
                    .map(UnitInPool::unit).findFirst().orElseThrow();
            Point2d farAway = openGroundOffCreep();
            placements.add(query().placement(Abilities.BUILD_SPAWNING_POOL, farAway));
            actions().unitCommand(drone, Abilities.BUILD_SPAWNING_POOL, farAway, false);
            actions().unitCommand(drone, Abilities.BUILD_EXTRACTOR, farAway, false);
        }

        /** A spot some way from the start where a hatchery (which needs no creep) could go. */
        private Point2d openGroundOffCreep() {
            Point2d start = observation().getStartLocation().toPoint2d();
            for (int distance = 16; distance <= 40; distance += 4) {
                for (int degrees = 0; degrees < 360; degrees += 30) {
                    double angle = Math.toRadians(degrees);
                    Point2d cell = Point2d.of((float) Math.floor(start.getX() + distance * Math.cos(angle)) + 0.5f,
                            (float) Math.floor(start.getY() + distance * Math.sin(angle)) + 0.5f);
                    if (query().placement(Abilities.BUILD_HATCHERY, cell)) {
                        return cell;
                    }
                }
            }
            throw new IllegalStateException("no open ground within 40 of the start");
        }
    }

    @Test
    void refusedBuildOrdersAreReportedWithRealResultNamesAndTheGameGoesOn() {
        RefusedOrdersAgent agent = new RefusedOrdersAgent();
        try (SimServer server = SimServer.start(SimServerOptions.builder().port(0).seed(5).loopLimit(LOOP_LIMIT).build())) {
            OcraftGames.playOut(server, agent, Race.PROTOSS, Difficulty.EASY, 4, LOOP_LIMIT);
        }
        assertThat(agent.placements).containsExactly(false);
        assertThat(agent.errors).extracting(ActionError::getActionResult)
                .containsExactly(ActionResult.CANT_BUILD_TOO_FAR_FROM_CREEP_SOURCE, ActionResult.MUST_TARGET_RESOURCES);
        assertThat(agent.lastLoop).as("the game went on to its loop limit").isGreaterThanOrEqualTo(LOOP_LIMIT - 4);
    }
}
