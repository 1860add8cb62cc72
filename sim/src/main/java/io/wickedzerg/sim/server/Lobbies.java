package io.wickedzerg.sim.server;

import SC2APIProtocol.Sc2Api;
import io.wickedzerg.sim.data.Race;
import io.wickedzerg.sim.data.UnitCatalog;
import io.wickedzerg.sim.data.UpgradeCatalog;
import io.wickedzerg.sim.engine.Difficulty;
import io.wickedzerg.sim.engine.Game;
import io.wickedzerg.sim.engine.GameSetup;
import io.wickedzerg.sim.engine.PlayerSlot;
import io.wickedzerg.sim.map.recorded.RecordedMapException;
import io.wickedzerg.sim.map.recorded.RecordedMapFiles;
import io.wickedzerg.sim.map.GameMap;
import io.wickedzerg.sim.protocol.ObservationEncoder;
import io.wickedzerg.sim.protocol.ProtocolException;
import io.wickedzerg.sim.replay.ReplayRecorder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The host's one game at a time, from create_game (or, in ladder mode, created by the host itself) through the
 * joins that start it to the leaves and disconnects that end it.
 */
final class Lobbies {
    private static final Logger log = LoggerFactory.getLogger(Lobbies.class);

    private final SimServerOptions options;
    private final MapLibrary maps;
    private final UnitCatalog units;
    private final UpgradeCatalog upgrades;
    private final GameClock clock;
    private final Replies replies;
    private final WaitingJoins waitingJoins;
    private final Consumer<Session> released;
    private Lobby lobby;
    private long gamesCreated;

    Lobbies(SimServerOptions options, MapLibrary maps, UnitCatalog units, UpgradeCatalog upgrades, GameClock clock,
            Replies replies, WaitingJoins waitingJoins, Consumer<Session> released) {
        this.options = options;
        this.maps = maps;
        this.units = units;
        this.upgrades = upgrades;
        this.clock = clock;
        this.replies = replies;
        this.waitingJoins = waitingJoins;
        this.released = released;
    }

    /** The game this host holds now, if any: created, running, or just over. */
    Lobby current() {
        return lobby;
    }

    void createLadderGameIfNeeded() {
        if (!options.ladder() || lobby != null && !lobby.finishedOrAbandoned()) {
            return;
        }
        GameMap map = preCreatedMap();
        lobby = new Lobby(map, LadderSeats.of(options), options.realtime(), options.seed() + gamesCreated, null);
        gamesCreated++;
        log.info("ladder game created on {} against {}", map.name(), LadderSeats.describe(options));
    }

    private GameMap preCreatedMap() {
        String name = options.mapName();
        if (name == null && !options.mapFiles().isEmpty()) {
            name = RecordedMapFiles.of(options.mapFiles().get(0)).stem();
        }
        if (name == null) {
            return maps.defaultMap();
        }
        String wanted = name;
        return maps.byName(wanted).orElseThrow(() -> new IllegalArgumentException(
                "unknown map '" + wanted + "'; maps: " + String.join(", ", maps.names())));
    }

    void createGame(Session s, Sc2Api.Request r) {
        Sc2Api.RequestCreateGame create = r.getCreateGame();
        Sc2Api.ResponseCreateGame.Builder answer = Sc2Api.ResponseCreateGame.newBuilder();
        // a game someone else created (or the ladder host pre-created) that a bot has joined is not replaced
        if (lobby != null && !lobby.finishedOrAbandoned() && lobby.createdBy != s && !lobby.joined.isEmpty()) {
            replies.send(s, Sc2Api.Response.newBuilder().setCreateGame(answer.setError(Sc2Api.ResponseCreateGame.Error.InvalidPlayerSetup)
                    .setErrorDetails("a game is already running on this server")), r);
            return;
        }
        Optional<GameMap> map;
        String asked;
        if (create.hasLocalMap()) {
            asked = create.getLocalMap().getMapPath();
        } else if (create.hasBattlenetMapName()) {
            asked = create.getBattlenetMapName();
        } else {
            replies.send(s, Sc2Api.Response.newBuilder().setCreateGame(answer.setError(Sc2Api.ResponseCreateGame.Error.MissingMap)
                    .setErrorDetails("create_game needs local_map.map_path or battlenet_map_name; maps: "
                            + String.join(", ", maps.names()))), r);
            return;
        }
        try {
            map = maps.byName(asked);
        } catch (RecordedMapException e) {
            replies.send(s, Sc2Api.Response.newBuilder().setCreateGame(answer.setError(create.hasLocalMap()
                            ? Sc2Api.ResponseCreateGame.Error.InvalidMapData : Sc2Api.ResponseCreateGame.Error.InvalidMapName)
                    .setErrorDetails("map '" + asked + "' cannot be played: " + e.getMessage())), r);
            return;
        }
        if (map.isEmpty()) {
            replies.send(s, Sc2Api.Response.newBuilder().setCreateGame(answer.setError(create.hasLocalMap()
                            ? Sc2Api.ResponseCreateGame.Error.InvalidMapPath : Sc2Api.ResponseCreateGame.Error.InvalidMapName)
                    .setErrorDetails("unknown map '" + asked + "'; maps: " + String.join(", ", maps.names()))), r);
            return;
        }
        long seed = create.hasRandomSeed() ? create.getRandomSeed() : options.seed() + gamesCreated;
        List<Lobby.Seat> seats = new ArrayList<>();
        try {
            if (create.getPlayerSetupCount() != 2) {
                throw new ProtocolException("create_game.player_setup must list exactly 2 players (Participant or "
                        + "Computer), got " + create.getPlayerSetupCount());
            }
            for (Sc2Api.PlayerSetup p : create.getPlayerSetupList()) {
                int id = seats.size() + 1;
                switch (p.getType()) {
                    case Participant -> seats.add(new Lobby.Seat(id, false, null, null,
                            p.hasPlayerName() ? p.getPlayerName() : "player" + id));
                    case Computer -> {
                        if (!p.hasRace()) {
                            throw new ProtocolException("create_game.player_setup[" + (id - 1)
                                    + "].race is required for a Computer; allowed: Terran, Zerg, Protoss, Random");
                        }
                        Difficulty difficulty = p.hasDifficulty() ? Difficulty.fromProto(p.getDifficulty().getNumber()) : Difficulty.EASY;
                        seats.add(new Lobby.Seat(id, true, Race.fromProto(p.getRace().getNumber()), difficulty,
                                p.hasPlayerName() ? p.getPlayerName() : "Computer " + difficulty.label()));
                    }
                    default -> throw new ProtocolException("create_game.player_setup[" + (id - 1) + "].type must be "
                            + "Participant or Computer, got " + p.getType());
                }
            }
            if (seats.stream().noneMatch(seat -> !seat.computer())) {
                throw new ProtocolException("create_game.player_setup needs at least one Participant");
            }
        } catch (ProtocolException | IllegalArgumentException e) {
            replies.send(s, Sc2Api.Response.newBuilder().setCreateGame(answer.setError(Sc2Api.ResponseCreateGame.Error.InvalidPlayerSetup)
                    .setErrorDetails(e.getMessage())), r);
            return;
        }
        lobby = new Lobby(map.get(), seats, create.getRealtime() || options.realtime(), seed, s);
        gamesCreated++;
        log.info("{} created a game on {} (realtime={}, seed={})", s, map.get().name(), lobby.realtime, seed);
        replies.send(s, Sc2Api.Response.newBuilder().setCreateGame(answer), r);
        waitingJoins.gameCreated(this::joinGame);
    }

    void joinGame(Session s, Sc2Api.Request r) {
        Sc2Api.RequestJoinGame join = r.getJoinGame();
        Sc2Api.ResponseJoinGame.Builder answer = Sc2Api.ResponseJoinGame.newBuilder();
        createLadderGameIfNeeded();
        if ((lobby == null || lobby.finishedOrAbandoned()) && WaitingJoins.betweenClients(join)) {
            log.info("{} joins a game between clients before its host created one: it waits for create_game", s);
            waitingJoins.hold(s, r);
            return;
        }
        if (lobby == null || lobby.game != null && !lobby.finishedOrAbandoned() && lobby.full()) {
            replies.send(s, Sc2Api.Response.newBuilder().setJoinGame(answer.setError(lobby == null
                            ? Sc2Api.ResponseJoinGame.Error.LaunchError : Sc2Api.ResponseJoinGame.Error.GameFull)
                    .setErrorDetails(lobby == null ? "no game to join: send create_game first" : "the game is full")), r);
            return;
        }
        if (!join.hasRace()) {
            replies.send(s, Sc2Api.Response.newBuilder().setJoinGame(answer.setError(Sc2Api.ResponseJoinGame.Error.MissingParticipation)
                    .setErrorDetails("join_game.race is required (observers are not supported)")), r);
            return;
        }
        Optional<Lobby.Seat> seat = lobby.seatFor(s);
        if (seat.isEmpty()) {
            replies.send(s, Sc2Api.Response.newBuilder().setJoinGame(answer.setError(Sc2Api.ResponseJoinGame.Error.GameFull)
                    .setErrorDetails("every participant seat is taken")), r);
            return;
        }
        s.lobby = lobby;
        s.playerId = seat.get().playerId();
        s.left = false;
        if (join.hasOptions()) {
            s.options = join.getOptions();
        }
        lobby.joined.put(s.playerId, s);
        lobby.joinedRaces.put(s.playerId, Race.fromProto(join.getRace().getNumber()));
        lobby.pendingJoins.add(new Lobby.PendingJoin(s, r));
        s.holding = true; // answers go out in request order: what the client sends next waits for this answer
        if (lobby.full()) {
            start(lobby);
        }
    }

    private void start(Lobby l) {
        GameSetup.Builder setup = GameSetup.builder(l.map).units(units).upgrades(upgrades)
                .computers(options.computers()).seed(l.seed).loopLimit(options.loopLimit());
        // a Random race becomes a real one here, from the game's seed: the same seed gives the same races
        for (Lobby.Seat seat : l.seats) {
            Race requested = seat.computer() ? seat.race() : l.joinedRaces.get(seat.playerId());
            setup.player(PlayerSlot.requesting(seat.playerId(), requested, seat.computer(), seat.difficulty(), seat.name(),
                    l.seed));
        }
        l.game = new Game(setup.build());
        l.recorder = new ReplayRecorder(l.game, maps.sourceOf(l.map), l.realtime);
        clock.started(l);
        for (Lobby.PendingJoin pending : l.pendingJoins) {
            pending.session().encoder = new ObservationEncoder(l.game.terrain());
            replies.send(pending.session(), Sc2Api.Response.newBuilder().setJoinGame(
                    Sc2Api.ResponseJoinGame.newBuilder().setPlayerId(pending.session().playerId)), pending.request());
        }
        List<Lobby.PendingJoin> answered = List.copyOf(l.pendingJoins);
        l.pendingJoins.clear();
        log.info("game started on {}: {}", l.map.name(), l.game.setup().players());
        for (Lobby.PendingJoin pending : answered) {
            pending.session().holding = false;
            released.accept(pending.session());
        }
    }

    void leaveGame(Session s, Sc2Api.Request r) {
        leave(s);
        replies.send(s, Sc2Api.Response.newBuilder().setLeaveGame(Sc2Api.ResponseLeaveGame.getDefaultInstance()), r);
    }

    void leave(Session s) {
        if (!s.joined()) {
            return;
        }
        Lobby l = s.lobby;
        if (l.game != null && !l.game.isOver()) {
            l.game.surrender(s.playerId);
            l.recorder.left(s.playerId);
        }
        s.left = true;
        l.pendingSteps.remove(s);
        clock.advanceLockstep(l);
        if (l == lobby && l.finishedOrAbandoned()) {
            lobby = null;
            createLadderGameIfNeeded();
        }
    }

    void disconnected(Session s) {
        waitingJoins.forget(s);
        leave(s);
        if (lobby != null && lobby.game == null) {
            lobby.joined.values().remove(s);
            lobby.pendingJoins.removeIf(p -> p.session() == s);
        }
    }

    Lobby requireLobby(Session s, String what) {
        if (s.lobby != null) {
            return s.lobby;
        }
        if (lobby != null) {
            return lobby;
        }
        throw new ProtocolException(what + " needs a game: send create_game and join_game first");
    }
}
