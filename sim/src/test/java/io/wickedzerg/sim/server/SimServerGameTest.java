package io.wickedzerg.sim.server;

import com.github.ocraft.s2client.bot.S2Coordinator;
import com.github.ocraft.s2client.protocol.data.Units;
import com.github.ocraft.s2client.protocol.game.BattlenetMap;
import com.github.ocraft.s2client.protocol.game.Difficulty;
import com.github.ocraft.s2client.protocol.game.Race;
import com.github.ocraft.s2client.protocol.observation.Alert;
import com.github.ocraft.s2client.protocol.observation.PlayerResult;
import com.github.ocraft.s2client.protocol.observation.Result;
import io.wickedzerg.sim.data.UnitCatalog;
import io.wickedzerg.sim.data.UnitFacts;
import io.wickedzerg.sim.map.BuiltInMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The proof: the unchanged ocraft client plays whole games against the server. */
class SimServerGameTest {
    private static final long LOOP_LIMIT = 13_440;

    static Stream<Arguments> racesAndMaps() {
        return BuiltInMaps.standard().names().stream().flatMap(map -> Stream.of(Race.TERRAN, Race.ZERG, Race.PROTOSS)
                .map(race -> Arguments.of(map, race)));
    }

    @ParameterizedTest(name = "{1} Easy on {0}")
    @MethodSource("racesAndMaps")
    void scriptedZergAgentBeatsAnEasyComputer(String map, Race computerRace) {
        try (SimServer server = SimServer.start(SimServerOptions.builder().port(0).seed(7).loopLimit(LOOP_LIMIT).build())) {
            ScriptedZergAgent agent = play(server, map, computerRace);

            assertThat(agent.gameEnded).as("onGameEnd").isTrue();
            assertThat(agent.results).extracting(PlayerResult::getPlayerId).containsExactlyInAnyOrder(1, 2);
            assertThat(resultOf(agent, 1)).as("agent result at loop " + agent.lastLoop).isEqualTo(Result.VICTORY);
            assertThat(resultOf(agent, 2)).as("computer result").isEqualTo(Result.DEFEAT);
            assertThat(agent.lastLoop).isLessThan(LOOP_LIMIT);
            assertThat(agent.unitsCreated.get()).as("onUnitCreated").isGreaterThan(20);
            assertThat(agent.unitsIdle.get()).as("onUnitIdle").isPositive();
            assertThat(agent.constructionsCompleted.get()).as("onBuildingConstructionComplete").isPositive();
            assertThat(agent.unitsDestroyed.get()).as("onUnitDestroyed").isPositive();
            assertThat(agent.alerts).as("alerts").contains(Alert.TRAIN_WORKER_COMPLETE, Alert.TRAIN_UNIT_COMPLETE,
                    Alert.BUILDING_COMPLETE, Alert.UNIT_UNDER_ATTACK);
            assertThat(agent.maxDrones).isGreaterThanOrEqualTo(16);
            assertThat(agent.maxZerglings).as("a real army").isGreaterThanOrEqualTo(40);
            assertThat(agent.collectedMinerals).isGreaterThan(1500);
        }
    }

    @Test
    void twoGamesInOneJvmKeepOcraftsUnitIdsRight() {
        String map = BuiltInMaps.standard().names().get(0);
        try (SimServer server = SimServer.start(SimServerOptions.builder().port(0).seed(3).loopLimit(LOOP_LIMIT).build())) {
            ScriptedZergAgent first = play(server, map, Race.TERRAN);
            ScriptedZergAgent second = play(server, map, Race.ZERG);
            assertThat(first.gameEnded).isTrue();
            assertThat(second.gameEnded).isTrue();
            assertThat(resultOf(first, 1)).isEqualTo(Result.VICTORY);
            assertThat(resultOf(second, 1)).isEqualTo(Result.VICTORY);
            assertThat(second.unitsCreated.get()).as("second game sees its units").isGreaterThan(12);
        }
        // ocraft remapped its static ids on each connect; every type we serve must still map to itself
        for (UnitFacts facts : UnitCatalog.standard().all()) {
            var type = Units.from(facts.id());
            if (type instanceof Units known) {
                assertThat(known.getUnitTypeId()).as(facts.name()).isEqualTo(facts.id());
            }
        }
    }

    static ScriptedZergAgent play(SimServer server, String map, Race computerRace) {
        ScriptedZergAgent agent = new ScriptedZergAgent(40);
        S2Coordinator coordinator = S2Coordinator.setup()
                .setRealtime(false)
                .setStepSize(22)
                .setParticipants(S2Coordinator.createParticipant(Race.ZERG, agent),
                        S2Coordinator.createComputer(computerRace, Difficulty.EASY))
                .connect("127.0.0.1", server.port())
                .startGame(BattlenetMap.of(map));
        int updates = 0;
        while (coordinator.update() && updates++ < 5_000) {
            // the agent plays in onStep
        }
        coordinator.quit();
        return agent;
    }

    static Result resultOf(ScriptedZergAgent agent, int playerId) {
        return agent.results.stream().filter(r -> r.getPlayerId() == playerId).map(PlayerResult::getResult)
                .findFirst().orElse(null);
    }
}
