package io.wickedzerg.sim.server;

import SC2APIProtocol.Common;
import SC2APIProtocol.Debug;
import SC2APIProtocol.Raw;
import SC2APIProtocol.Sc2Api;
import io.wickedzerg.sim.client.RawSc2Client;
import io.wickedzerg.sim.data.Race;
import io.wickedzerg.sim.data.UnitTypeIds;
import io.wickedzerg.sim.engine.Difficulty;
import io.wickedzerg.sim.map.BuiltInMaps;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** Debug requests sent to the real server over its websocket, as python-sc2 sends them, seen in what comes back. */
class DebugOverProtocolTest {
    private static final String MAP = BuiltInMaps.standard().names().get(0);

    private static void startGame(RawSc2Client client) {
        assertThat(client.send(Sc2Api.Request.newBuilder().setCreateGame(Sc2Api.RequestCreateGame.newBuilder()
                .setBattlenetMapName(MAP)
                .addPlayerSetup(Sc2Api.PlayerSetup.newBuilder().setType(Sc2Api.PlayerType.Participant))
                .addPlayerSetup(Sc2Api.PlayerSetup.newBuilder().setType(Sc2Api.PlayerType.Computer)
                        .setRace(Common.Race.Terran).setDifficulty(Sc2Api.Difficulty.Easy))).build())
                .getCreateGame().hasError()).isFalse();
        join(client);
    }

    private static void join(RawSc2Client client) {
        assertThat(client.send(Sc2Api.Request.newBuilder().setJoinGame(Sc2Api.RequestJoinGame.newBuilder()
                .setRace(Common.Race.Zerg).setOptions(Sc2Api.InterfaceOptions.newBuilder().setRaw(true).setScore(true)))
                .build()).getJoinGame().getPlayerId()).isEqualTo(1);
    }

    private static Sc2Api.ResponseObservation observe(RawSc2Client client) {
        return client.send(Sc2Api.Request.newBuilder()
                .setObservation(Sc2Api.RequestObservation.getDefaultInstance()).build()).getObservation();
    }

    private static Sc2Api.Response step(RawSc2Client client, int loops) {
        return client.send(Sc2Api.Request.newBuilder().setStep(Sc2Api.RequestStep.newBuilder().setCount(loops)).build());
    }

    /** Sends one RequestDebug and checks the answer is what the real game gives: empty, no error, in game. */
    private static void debug(RawSc2Client client, Debug.DebugCommand... commands) {
        Sc2Api.Response response = client.send(Sc2Api.Request.newBuilder()
                .setDebug(Sc2Api.RequestDebug.newBuilder().addAllDebug(Arrays.asList(commands))).build());
        assertThat(response.getErrorList()).isEmpty();
        assertThat(response.hasDebug()).isTrue();
        assertThat(response.getDebug()).isEqualTo(Sc2Api.ResponseDebug.getDefaultInstance());
        assertThat(response.getStatus()).isEqualTo(Sc2Api.Status.in_game);
    }

    private static Debug.DebugCommand cheat(Debug.DebugGameState state) {
        return Debug.DebugCommand.newBuilder().setGameState(state).build();
    }

    private static Raw.Unit first(Sc2Api.ResponseObservation observation, int type) {
        return observation.getObservation().getRawData().getUnitsList().stream()
                .filter(u -> u.getUnitType() == type).findFirst().orElseThrow();
    }

    private static int minerals(Sc2Api.ResponseObservation observation) {
        return observation.getObservation().getPlayerCommon().getMinerals();
    }

    @Test
    void killSetEnergyAndGiftsChangeTheNextObservation() {
        try (SimServer server = SimServer.start(SimServerOptions.builder().port(0).build());
             RawSc2Client client = RawSc2Client.connect(server.port())) {
            startGame(client);
            Sc2Api.ResponseObservation start = observe(client);
            Raw.Unit hatchery = first(start, UnitTypeIds.HATCHERY);
            long drone = first(start, UnitTypeIds.DRONE).getTag();

            debug(client,
                    Debug.DebugCommand.newBuilder().setKillUnit(Debug.DebugKillUnit.newBuilder().addTag(drone)).build(),
                    Debug.DebugCommand.newBuilder().setCreateUnit(Debug.DebugCreateUnit.newBuilder()
                            .setUnitType(UnitTypeIds.QUEEN).setOwner(1).setQuantity(1)
                            .setPos(Common.Point2D.newBuilder().setX(hatchery.getPos().getX() + 4)
                                    .setY(hatchery.getPos().getY()))).build(),
                    cheat(Debug.DebugGameState.minerals), cheat(Debug.DebugGameState.gas));
            Sc2Api.ResponseObservation gifted = observe(client);
            assertThat(minerals(gifted)).isEqualTo(minerals(start) + 5000);
            assertThat(gifted.getObservation().getPlayerCommon().getVespene()).isEqualTo(5000);
            assertThat(gifted.getObservation().getRawData().getUnitsList()).extracting(Raw.Unit::getTag).doesNotContain(drone);
            assertThat(gifted.getObservation().getRawData().getEvent().getDeadUnitsList()).containsExactly(drone);
            var lost = gifted.getObservation().getScore().getScoreDetails().getLostMinerals();
            assertThat(lost.getArmy() + lost.getEconomy()).as("the drone counts as lost").isEqualTo(50f);

            step(client, 1); // a unit created between loops joins the game at the next loop
            Sc2Api.ResponseObservation after = observe(client);
            long queen = first(after, UnitTypeIds.QUEEN).getTag();

            debug(client, Debug.DebugCommand.newBuilder().setUnitValue(Debug.DebugSetUnitValue.newBuilder()
                    .setUnitTag(queen).setUnitValue(Debug.DebugSetUnitValue.UnitValue.Energy).setValue(123)).build());
            assertThat(first(observe(client), UnitTypeIds.QUEEN).getEnergy()).isEqualTo(123f);
        }
    }

    @Test
    void freeMakesADroneCostNothingAndFastBuildHatchesItWithinAFewLoops() {
        try (SimServer server = SimServer.start(SimServerOptions.builder().port(0).build());
             RawSc2Client client = RawSc2Client.connect(server.port())) {
            startGame(client);
            debug(client, cheat(Debug.DebugGameState.free), cheat(Debug.DebugGameState.fast_build));
            Sc2Api.ResponseObservation start = observe(client);
            long drones = start.getObservation().getRawData().getUnitsList().stream()
                    .filter(u -> u.getUnitType() == UnitTypeIds.DRONE).count();
            long larva = first(start, UnitTypeIds.LARVA).getTag();
            Sc2Api.Response train = client.send(Sc2Api.Request.newBuilder().setAction(Sc2Api.RequestAction.newBuilder()
                    .addActions(Sc2Api.Action.newBuilder().setActionRaw(Raw.ActionRaw.newBuilder().setUnitCommand(
                            Raw.ActionRawUnitCommand.newBuilder().setAbilityId(1342).addUnitTags(larva))))).build());
            assertThat(train.getAction().getResultList()).containsExactly(SC2APIProtocol.Error.ActionResult.Success);
            assertThat(minerals(observe(client))).isEqualTo(minerals(start));

            step(client, 4);
            assertThat(observe(client).getObservation().getRawData().getUnitsList().stream()
                    .filter(u -> u.getUnitType() == UnitTypeIds.DRONE).count()).isEqualTo(drones + 1);
        }
    }

    @Test
    void showMapRevealsTheEnemyBase() {
        try (SimServer server = SimServer.start(SimServerOptions.builder().port(0).build());
             RawSc2Client client = RawSc2Client.connect(server.port())) {
            startGame(client);
            assertThat(observe(client).getObservation().getRawData().getUnitsList())
                    .noneMatch(u -> u.getAlliance() == Raw.Alliance.Enemy);
            debug(client, cheat(Debug.DebugGameState.show_map));
            step(client, 4);
            assertThat(observe(client).getObservation().getRawData().getUnitsList())
                    .anyMatch(u -> u.getAlliance() == Raw.Alliance.Enemy && u.getUnitType() == UnitTypeIds.COMMAND_CENTER
                            && u.getDisplayType() == Raw.DisplayType.Visible);
        }
    }

    private static Sc2Api.ResponseObservation endWith(Debug.DebugEndGame.EndResult result) {
        try (SimServer server = SimServer.start(SimServerOptions.builder().port(0).build());
             RawSc2Client client = RawSc2Client.connect(server.port())) {
            startGame(client);
            Debug.DebugEndGame.Builder end = Debug.DebugEndGame.newBuilder();
            if (result != null) {
                end.setEndResult(result);
            }
            debug(client, Debug.DebugCommand.newBuilder().setEndGame(end).build());
            assertThat(step(client, 1).getStatus()).isEqualTo(Sc2Api.Status.ended);
            return observe(client);
        }
    }

    @Test
    void endGameGivesBothPlayersTheirResults() {
        assertThat(endWith(null).getPlayerResultList()).as("python-sc2's debug_leave sends no end_result: surrender")
                .containsExactly(result(1, Sc2Api.Result.Defeat), result(2, Sc2Api.Result.Victory));
        assertThat(endWith(Debug.DebugEndGame.EndResult.DeclareVictory).getPlayerResultList())
                .containsExactly(result(1, Sc2Api.Result.Victory), result(2, Sc2Api.Result.Defeat));
    }

    private static Sc2Api.PlayerResult result(int player, Sc2Api.Result result) {
        return Sc2Api.PlayerResult.newBuilder().setPlayerId(player).setResult(result).build();
    }

    @Test
    void aLadderGameAnswersDebugRequestsAndChangesNothing() {
        try (SimServer server = SimServer.start(SimServerOptions.builder().port(0)
                .ladderOpponent(Race.TERRAN, Difficulty.EASY).build());
             RawSc2Client client = RawSc2Client.connect(server.port())) {
            join(client);
            int before = minerals(observe(client));
            debug(client, cheat(Debug.DebugGameState.minerals));
            assertThat(minerals(observe(client))).isEqualTo(before);
        }
    }
}
