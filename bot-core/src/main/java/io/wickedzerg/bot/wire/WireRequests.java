package io.wickedzerg.bot.wire;

import SC2APIProtocol.Common;
import SC2APIProtocol.Sc2Api;

/** The requests the wire client sends, as ocraft builds them for the same game (without their ids). */
public final class WireRequests {

    public static final Sc2Api.Request PING = Sc2Api.Request.newBuilder()
            .setPing(Sc2Api.RequestPing.getDefaultInstance()).build();
    public static final Sc2Api.Request ABILITY_DATA = Sc2Api.Request.newBuilder()
            .setData(Sc2Api.RequestData.newBuilder().setAbilityId(true)).build();
    public static final Sc2Api.Request GAME_INFO = Sc2Api.Request.newBuilder()
            .setGameInfo(Sc2Api.RequestGameInfo.getDefaultInstance()).build();
    public static final Sc2Api.Request OBSERVATION = Sc2Api.Request.newBuilder()
            .setObservation(Sc2Api.RequestObservation.newBuilder().setDisableFog(false)).build();
    public static final Sc2Api.Request LEAVE = Sc2Api.Request.newBuilder()
            .setLeaveGame(Sc2Api.RequestLeaveGame.getDefaultInstance()).build();
    public static final Sc2Api.Request QUIT = Sc2Api.Request.newBuilder()
            .setQuit(Sc2Api.RequestQuit.getDefaultInstance()).build();

    private WireRequests() {
    }

    /** A game against the built-in AI on a map the game knows by name, not realtime. */
    public static Sc2Api.Request createGame(String map, Common.Race computerRace, Sc2Api.Difficulty difficulty) {
        return Sc2Api.Request.newBuilder().setCreateGame(Sc2Api.RequestCreateGame.newBuilder()
                .setBattlenetMapName(map)
                .addPlayerSetup(Sc2Api.PlayerSetup.newBuilder().setType(Sc2Api.PlayerType.Participant))
                .addPlayerSetup(Sc2Api.PlayerSetup.newBuilder().setType(Sc2Api.PlayerType.Computer)
                        .setRace(computerRace).setDifficulty(difficulty))
                .setDisableFog(false)
                .setRealtime(false)).build();
    }

    /** Joins as Zerg named {@code name}, with the raw interface and the score. */
    public static Sc2Api.Request join(String name) {
        return Sc2Api.Request.newBuilder().setJoinGame(joinGame(name)).build();
    }

    /**
     * Joins a ladder game: the ports every ladder client derives from the {@code --StartPort} it was given (ocraft's
     * {@code multiplayerSetupFor(start, 2)}, python-sc2's port config): shared start+1, server start+2 and start+3,
     * client start+4 and start+5.
     */
    public static Sc2Api.Request joinLadder(String name, int startPort) {
        return Sc2Api.Request.newBuilder().setJoinGame(joinGame(name)
                .setSharedPort(startPort + 1)
                .setServerPorts(Sc2Api.PortSet.newBuilder().setGamePort(startPort + 2).setBasePort(startPort + 3))
                .addClientPorts(Sc2Api.PortSet.newBuilder().setGamePort(startPort + 4).setBasePort(startPort + 5)))
                .build();
    }

    private static Sc2Api.RequestJoinGame.Builder joinGame(String name) {
        return Sc2Api.RequestJoinGame.newBuilder()
                .setRace(Common.Race.Zerg)
                .setOptions(Sc2Api.InterfaceOptions.newBuilder().setRaw(true).setScore(true))
                .setPlayerName(name);
    }

    public static Sc2Api.Request step(int count) {
        return Sc2Api.Request.newBuilder().setStep(Sc2Api.RequestStep.newBuilder().setCount(count)).build();
    }
}
