package io.wickedzerg.sim.server;

import SC2APIProtocol.Common;
import SC2APIProtocol.Sc2Api;
import io.wickedzerg.sim.client.RawSc2Client;
import io.wickedzerg.sim.map.BuiltInMaps;

import static org.assertj.core.api.Assertions.assertThat;

/** The requests protocol tests send over {@link RawSc2Client}, built as a client would. */
final class ProtocolRequests {
    static final String MAP = BuiltInMaps.standard().names().get(0);

    private ProtocolRequests() {
    }

    /** One participant against an Easy Terran computer. */
    static Sc2Api.Request createGame(boolean realtime) {
        return Sc2Api.Request.newBuilder().setCreateGame(Sc2Api.RequestCreateGame.newBuilder()
                .setBattlenetMapName(MAP).setRealtime(realtime)
                .addPlayerSetup(Sc2Api.PlayerSetup.newBuilder().setType(Sc2Api.PlayerType.Participant))
                .addPlayerSetup(Sc2Api.PlayerSetup.newBuilder().setType(Sc2Api.PlayerType.Computer)
                        .setRace(Common.Race.Terran).setDifficulty(Sc2Api.Difficulty.Easy))).build();
    }

    /** Two participants, for a game of two clients. */
    static Sc2Api.Request createTwoPlayerGame() {
        return Sc2Api.Request.newBuilder().setCreateGame(Sc2Api.RequestCreateGame.newBuilder()
                .setBattlenetMapName(MAP)
                .addPlayerSetup(Sc2Api.PlayerSetup.newBuilder().setType(Sc2Api.PlayerType.Participant))
                .addPlayerSetup(Sc2Api.PlayerSetup.newBuilder().setType(Sc2Api.PlayerType.Participant))).build();
    }

    static Sc2Api.Request joinAsZerg() {
        return Sc2Api.Request.newBuilder().setJoinGame(Sc2Api.RequestJoinGame.newBuilder().setRace(Common.Race.Zerg)
                .setOptions(Sc2Api.InterfaceOptions.newBuilder().setRaw(true).setScore(true))).build();
    }

    /**
     * A join as one client of a game between clients, with the ports ocraft and python-sc2 send (shared, server,
     * one client's), numbered on from {@code startPort} as AI Arena's --StartPort gives them.
     */
    static Sc2Api.Request joinWithPorts(Common.Race race, int startPort) {
        return Sc2Api.Request.newBuilder().setJoinGame(Sc2Api.RequestJoinGame.newBuilder().setRace(race)
                .setOptions(Sc2Api.InterfaceOptions.newBuilder().setRaw(true).setScore(true))
                .setSharedPort(startPort + 1)
                .setServerPorts(Sc2Api.PortSet.newBuilder().setGamePort(startPort + 2).setBasePort(startPort + 3))
                .addClientPorts(Sc2Api.PortSet.newBuilder().setGamePort(startPort + 4).setBasePort(startPort + 5)))
                .build();
    }

    static Sc2Api.Request observation() {
        return Sc2Api.Request.newBuilder().setObservation(Sc2Api.RequestObservation.getDefaultInstance()).build();
    }

    /** An observation at {@code gameLoop} or later, as python-sc2's realtime loop asks. */
    static Sc2Api.Request observationAt(int gameLoop) {
        return Sc2Api.Request.newBuilder().setObservation(Sc2Api.RequestObservation.newBuilder().setGameLoop(gameLoop))
                .build();
    }

    static Sc2Api.Request ping() {
        return Sc2Api.Request.newBuilder().setPing(Sc2Api.RequestPing.getDefaultInstance()).build();
    }

    static Sc2Api.Request step(int count) {
        return Sc2Api.Request.newBuilder().setStep(Sc2Api.RequestStep.newBuilder().setCount(count)).build();
    }

    static Sc2Api.Request actions(Sc2Api.Action... actions) {
        Sc2Api.RequestAction.Builder request = Sc2Api.RequestAction.newBuilder();
        for (Sc2Api.Action action : actions) {
            request.addActions(action);
        }
        return Sc2Api.Request.newBuilder().setAction(request).build();
    }

    static Sc2Api.Action chat(Sc2Api.ActionChat.Channel channel, String message) {
        return Sc2Api.Action.newBuilder().setActionChat(Sc2Api.ActionChat.newBuilder().setChannel(channel)
                .setMessage(message)).build();
    }

    /** Creates a game of this client against an Easy Terran computer and joins it as Zerg, player 1. */
    static void joinGameVsComputer(RawSc2Client client, boolean realtime) {
        assertThat(client.send(createGame(realtime)).getCreateGame().hasError()).isFalse();
        assertThat(client.send(joinAsZerg()).getJoinGame().getPlayerId()).isEqualTo(1);
    }

    static long loopNow(RawSc2Client client) {
        return client.send(observation()).getObservation().getObservation().getGameLoop();
    }
}
