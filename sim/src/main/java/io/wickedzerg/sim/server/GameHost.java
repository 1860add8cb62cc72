package io.wickedzerg.sim.server;

import SC2APIProtocol.Debug;
import SC2APIProtocol.Sc2Api;
import io.wickedzerg.sim.data.Race;
import io.wickedzerg.sim.data.UnitCatalog;
import io.wickedzerg.sim.data.UpgradeCatalog;
import io.wickedzerg.sim.engine.Difficulty;
import io.wickedzerg.sim.engine.Game;
import io.wickedzerg.sim.engine.GameSetup;
import io.wickedzerg.sim.engine.PlayerSlot;
import io.wickedzerg.sim.engine.command.CommandResult;
import io.wickedzerg.sim.map.BuiltInMaps;
import io.wickedzerg.sim.map.GameMap;
import io.wickedzerg.sim.map.Point2;
import io.wickedzerg.sim.protocol.ActionDecoder;
import io.wickedzerg.sim.protocol.ActionResults;
import io.wickedzerg.sim.protocol.DataEncoder;
import io.wickedzerg.sim.protocol.GameInfoEncoder;
import io.wickedzerg.sim.protocol.ObservationEncoder;
import io.wickedzerg.sim.protocol.ProtocolException;
import io.wickedzerg.sim.protocol.QueryHandler;
import io.wickedzerg.sim.protocol.VersionInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Serves every SC2 API request of every connection on one thread (the game thread), so the engine needs no
 * locks and answers come out in request order. Holds at most one game (a {@link Lobby}) at a time.
 */
public final class GameHost implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(GameHost.class);
    private static final double LOOPS_PER_NANO = 22.4 / 1e9;
    private static final long REALTIME_TICK_MS = 20;

    private final SimServerOptions options;
    private final BuiltInMaps maps;
    private final UnitCatalog units;
    private final UpgradeCatalog upgrades;
    private final DataEncoder data;
    private final ActionDecoder actions;
    private final QueryHandler queries;
    private final GameThread thread;
    private final AtomicInteger sessionIds = new AtomicInteger();
    private Lobby lobby;
    private long gamesCreated;

    /** A host whose requests run on {@code thread} (the server passes its websocket event loop). */
    public GameHost(SimServerOptions options, GameThread thread) {
        this.options = options;
        this.maps = BuiltInMaps.standard();
        this.units = UnitCatalog.standard();
        this.upgrades = UpgradeCatalog.standard();
        this.data = new DataEncoder(units, upgrades);
        this.actions = new ActionDecoder(units, upgrades);
        this.queries = new QueryHandler(units);
        this.thread = thread;
        thread.execute(this::createLadderGameIfNeeded);
        thread.every(REALTIME_TICK_MS, this::realtimeTick);
    }

    /** Called by a connection when it opens: a handle that sends its requests here. */
    public Connection open(Consumer<Sc2Api.Response> out, Runnable closer) {
        Session session = new Session(sessionIds.incrementAndGet(), out, closer);
        return new Connection() {
            @Override
            public void request(byte[] frame) {
                thread.execute(() -> handleFrame(session, frame));
            }

            @Override
            public void closed() {
                thread.execute(() -> disconnected(session));
            }
        };
    }

    /** One client's pipe into the host. */
    public interface Connection {
        void request(byte[] frame);

        void closed();
    }

    @Override
    public void close() {
        thread.close();
    }

    // ---- dispatch ---------------------------------------------------------------------------------------

    private void handleFrame(Session session, byte[] frame) {
        Sc2Api.Request request;
        try {
            request = Sc2Api.Request.parseFrom(frame);
        } catch (com.google.protobuf.InvalidProtocolBufferException e) {
            log.warn("{}: malformed request ({} bytes): {}", session, frame.length, e.getMessage());
            reply(session, Sc2Api.Response.newBuilder()
                    .addError("malformed request: not an SC2APIProtocol.Request (" + e.getMessage() + ")"), null);
            return;
        }
        try {
            handle(session, request);
        } catch (ProtocolException | IllegalArgumentException e) {
            log.warn("{}: cannot serve {}: {}", session, request.getRequestCase(), e.getMessage());
            reply(session, Sc2Api.Response.newBuilder().addError(e.getMessage()), request);
        } catch (RuntimeException e) {
            log.error("{}: failed on {}", session, request.getRequestCase(), e);
            reply(session, Sc2Api.Response.newBuilder().addError("internal error on " + request.getRequestCase()
                    + ": " + e), request);
        }
    }

    private void handle(Session s, Sc2Api.Request r) {
        switch (r.getRequestCase()) {
            case PING -> reply(s, Sc2Api.Response.newBuilder().setPing(VersionInfo.ping()), r);
            case AVAILABLE_MAPS -> reply(s, Sc2Api.Response.newBuilder().setAvailableMaps(
                    Sc2Api.ResponseAvailableMaps.newBuilder()
                            .addAllLocalMapPaths(maps.all().stream().map(GameMap::fileName).toList())
                            .addAllBattlenetMapNames(maps.names())), r);
            case CREATE_GAME -> createGame(s, r);
            case JOIN_GAME -> joinGame(s, r);
            case LEAVE_GAME -> leaveGame(s, r);
            case QUIT -> {
                s.quit = true;
                leave(s);
                reply(s, Sc2Api.Response.newBuilder().setQuit(Sc2Api.ResponseQuit.getDefaultInstance()), r);
                s.closer.run();
            }
            case GAME_INFO -> {
                Lobby l = requireLobby(s, "game_info");
                List<PlayerSlot> slots = l.game != null ? l.game.setup().players() : List.of();
                reply(s, Sc2Api.Response.newBuilder().setGameInfo(
                        GameInfoEncoder.encode(l.map, slots, s.playerId, s.options)), r);
            }
            case DATA -> reply(s, Sc2Api.Response.newBuilder().setData(data.answer(r.getData())), r);
            case OBSERVATION -> {
                Game game = requireGame(s, "observation");
                catchUpRealtime(s.lobby);
                reply(s, Sc2Api.Response.newBuilder().setObservation(s.encoder.encode(game, s.playerId)), r);
            }
            case ACTION -> action(s, r);
            case STEP -> step(s, r);
            case QUERY -> {
                Game game = requireGame(s, "query");
                catchUpRealtime(s.lobby);
                reply(s, Sc2Api.Response.newBuilder().setQuery(queries.answer(game, s.playerId, r.getQuery())), r);
            }
            case DEBUG -> debug(s, r);
            case RESTART_GAME -> throw new ProtocolException("restart_game is not supported; leave the game and send create_game");
            case REQUEST_NOT_SET -> throw new ProtocolException("request is empty: set one of ping, available_maps, "
                    + "create_game, join_game, leave_game, quit, game_info, data, observation, action, step, query, debug");
            default -> throw new ProtocolException(r.getRequestCase().name().toLowerCase()
                    + " is not supported by this server; supported: ping, available_maps, create_game, join_game, "
                    + "leave_game, quit, game_info, data, observation, action, step, query, debug");
        }
    }

    private void reply(Session s, Sc2Api.Response.Builder response, Sc2Api.Request request) {
        if (request != null && request.hasId()) {
            response.setId(request.getId());
        }
        response.setStatus(s.status(lobby));
        s.out.accept(response.build());
    }

    // ---- games ------------------------------------------------------------------------------------------

    private void createLadderGameIfNeeded() {
        if (options.ladderOpponent().isEmpty() || lobby != null && !lobby.finishedOrAbandoned()) {
            return;
        }
        SimServerOptions.LadderOpponent opponent = options.ladderOpponent().get();
        GameMap map = options.mapName() == null ? maps.defaultMap() : findMap(options.mapName());
        Race race = concrete(opponent.race(), new SplittableRandom(options.seed() + gamesCreated));
        lobby = new Lobby(map, List.of(
                new Lobby.Seat(1, false, null, null, "player"),
                new Lobby.Seat(2, true, race, opponent.difficulty(), "Computer " + opponent.difficulty().label())),
                options.realtime(), options.seed() + gamesCreated, null);
        gamesCreated++;
        log.info("ladder game created on {} against {} {}", map.name(), race, opponent.difficulty().label());
    }

    GameMap findMap(String name) {
        return maps.byName(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown map '" + name + "'; built-in maps: " + String.join(", ", maps.names())));
    }

    private void createGame(Session s, Sc2Api.Request r) {
        Sc2Api.RequestCreateGame create = r.getCreateGame();
        Sc2Api.ResponseCreateGame.Builder answer = Sc2Api.ResponseCreateGame.newBuilder();
        if (lobby != null && !lobby.finishedOrAbandoned() && lobby.createdBy != null && lobby.createdBy != s
                && !lobby.joined.isEmpty()) {
            reply(s, Sc2Api.Response.newBuilder().setCreateGame(answer.setError(Sc2Api.ResponseCreateGame.Error.InvalidPlayerSetup)
                    .setErrorDetails("a game is already running on this server")), r);
            return;
        }
        Optional<GameMap> map;
        String asked;
        if (create.hasLocalMap()) {
            asked = create.getLocalMap().getMapPath();
            map = maps.byName(asked);
        } else if (create.hasBattlenetMapName()) {
            asked = create.getBattlenetMapName();
            map = maps.byName(asked);
        } else {
            reply(s, Sc2Api.Response.newBuilder().setCreateGame(answer.setError(Sc2Api.ResponseCreateGame.Error.MissingMap)
                    .setErrorDetails("create_game needs local_map.map_path or battlenet_map_name; built-in maps: "
                            + String.join(", ", maps.names()))), r);
            return;
        }
        if (map.isEmpty()) {
            reply(s, Sc2Api.Response.newBuilder().setCreateGame(answer.setError(create.hasLocalMap()
                            ? Sc2Api.ResponseCreateGame.Error.InvalidMapPath : Sc2Api.ResponseCreateGame.Error.InvalidMapName)
                    .setErrorDetails("unknown map '" + asked + "'; built-in maps: " + String.join(", ", maps.names()))), r);
            return;
        }
        long seed = create.hasRandomSeed() ? create.getRandomSeed() : options.seed() + gamesCreated;
        SplittableRandom random = new SplittableRandom(seed);
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
                        seats.add(new Lobby.Seat(id, true, concrete(Race.fromProto(p.getRace().getNumber()), random),
                                difficulty, p.hasPlayerName() ? p.getPlayerName() : "Computer " + difficulty.label()));
                    }
                    default -> throw new ProtocolException("create_game.player_setup[" + (id - 1) + "].type must be "
                            + "Participant or Computer, got " + p.getType());
                }
            }
            if (seats.stream().noneMatch(seat -> !seat.computer())) {
                throw new ProtocolException("create_game.player_setup needs at least one Participant");
            }
        } catch (ProtocolException | IllegalArgumentException e) {
            reply(s, Sc2Api.Response.newBuilder().setCreateGame(answer.setError(Sc2Api.ResponseCreateGame.Error.InvalidPlayerSetup)
                    .setErrorDetails(e.getMessage())), r);
            return;
        }
        lobby = new Lobby(map.get(), seats, create.getRealtime() || options.realtime(), seed, s);
        gamesCreated++;
        log.info("{} created a game on {} (realtime={}, seed={})", s, map.get().name(), lobby.realtime, seed);
        reply(s, Sc2Api.Response.newBuilder().setCreateGame(answer), r);
    }

    private static Race concrete(Race race, SplittableRandom random) {
        if (race == Race.RANDOM || race == Race.NO_RACE) {
            Race[] races = {Race.TERRAN, Race.ZERG, Race.PROTOSS};
            return races[random.nextInt(3)];
        }
        return race;
    }

    private void joinGame(Session s, Sc2Api.Request r) {
        Sc2Api.RequestJoinGame join = r.getJoinGame();
        Sc2Api.ResponseJoinGame.Builder answer = Sc2Api.ResponseJoinGame.newBuilder();
        createLadderGameIfNeeded();
        if (lobby == null || lobby.game != null && !lobby.finishedOrAbandoned() && lobby.full()) {
            reply(s, Sc2Api.Response.newBuilder().setJoinGame(answer.setError(lobby == null
                            ? Sc2Api.ResponseJoinGame.Error.LaunchError : Sc2Api.ResponseJoinGame.Error.GameFull)
                    .setErrorDetails(lobby == null ? "no game to join: send create_game first" : "the game is full")), r);
            return;
        }
        if (!join.hasRace()) {
            reply(s, Sc2Api.Response.newBuilder().setJoinGame(answer.setError(Sc2Api.ResponseJoinGame.Error.MissingParticipation)
                    .setErrorDetails("join_game.race is required (observers are not supported)")), r);
            return;
        }
        Optional<Lobby.Seat> seat = lobby.participantSeats().stream()
                .filter(x -> !lobby.joined.containsKey(x.playerId())).findFirst();
        if (seat.isEmpty()) {
            reply(s, Sc2Api.Response.newBuilder().setJoinGame(answer.setError(Sc2Api.ResponseJoinGame.Error.GameFull)
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
        lobby.joinedRaces.put(s.playerId, concrete(Race.fromProto(join.getRace().getNumber()),
                new SplittableRandom(lobby.seed + s.playerId)));
        lobby.pendingJoins.add(new Lobby.PendingJoin(s, r));
        if (lobby.full()) {
            start(lobby);
        }
    }

    private void start(Lobby l) {
        GameSetup.Builder setup = GameSetup.builder(l.map).units(units).upgrades(upgrades)
                .computers(options.computers()).seed(l.seed).loopLimit(options.loopLimit());
        for (Lobby.Seat seat : l.seats) {
            if (seat.computer()) {
                setup.player(new PlayerSlot(seat.playerId(), seat.race(), true, seat.difficulty(), seat.name()));
            } else {
                setup.player(new PlayerSlot(seat.playerId(), l.joinedRaces.get(seat.playerId()), false, null, seat.name()));
            }
        }
        l.game = new Game(setup.build());
        l.startNanos = options.nanoClock().getAsLong();
        for (Lobby.PendingJoin pending : l.pendingJoins) {
            pending.session().encoder = new ObservationEncoder(l.game.terrain());
            reply(pending.session(), Sc2Api.Response.newBuilder().setJoinGame(
                    Sc2Api.ResponseJoinGame.newBuilder().setPlayerId(pending.session().playerId)), pending.request());
        }
        l.pendingJoins.clear();
        log.info("game started on {}: {}", l.map.name(), l.game.setup().players());
    }

    private void leaveGame(Session s, Sc2Api.Request r) {
        leave(s);
        reply(s, Sc2Api.Response.newBuilder().setLeaveGame(Sc2Api.ResponseLeaveGame.getDefaultInstance()), r);
    }

    private void leave(Session s) {
        if (!s.joined()) {
            return;
        }
        Lobby l = s.lobby;
        if (l.game != null && !l.game.isOver()) {
            l.game.surrender(s.playerId);
        }
        s.left = true;
        l.pendingSteps.remove(s);
        advanceLockstep(l);
        if (l == lobby && l.finishedOrAbandoned()) {
            lobby = null;
            createLadderGameIfNeeded();
        }
    }

    private void disconnected(Session s) {
        leave(s);
        if (lobby != null && lobby.game == null) {
            lobby.joined.values().remove(s);
            lobby.pendingJoins.removeIf(p -> p.session() == s);
        }
    }

    private void step(Session s, Sc2Api.Request r) {
        Game game = requireGame(s, "step");
        if (s.lobby.realtime) {
            throw new ProtocolException("step is not available in a realtime game: the game advances by wall clock");
        }
        int count = Math.max(1, r.getStep().getCount());
        s.lobby.pendingSteps.put(s, new Lobby.PendingStep(game.gameLoop() + count, r));
        advanceLockstep(s.lobby);
    }

    /** Advances the game as far as every stepping participant allows and answers the steps that are due. */
    private void advanceLockstep(Lobby l) {
        if (l.game == null) {
            return;
        }
        List<Session> active = l.joined.values().stream().filter(x -> !x.left && !x.quit).toList();
        while (!l.pendingSteps.isEmpty()) {
            if (!l.game.isOver() && !active.stream().allMatch(l.pendingSteps::containsKey)) {
                return;
            }
            long target = l.pendingSteps.values().stream().mapToLong(Lobby.PendingStep::targetLoop).min().orElseThrow();
            if (target > l.game.gameLoop()) {
                l.game.step((int) (target - l.game.gameLoop()));
            }
            List<Session> due = new ArrayList<>();
            l.pendingSteps.forEach((session, pending) -> {
                if (pending.targetLoop() <= l.game.gameLoop() || l.game.isOver()) {
                    due.add(session);
                }
            });
            for (Session session : due) {
                Lobby.PendingStep pending = l.pendingSteps.remove(session);
                reply(session, Sc2Api.Response.newBuilder().setStep(Sc2Api.ResponseStep.newBuilder()
                        .setSimulationLoop((int) l.game.gameLoop())), pending.request());
            }
        }
    }

    private void realtimeTick() {
        try {
            if (lobby != null && lobby.realtime && lobby.game != null && !lobby.game.isOver()) {
                catchUpRealtime(lobby);
            }
        } catch (RuntimeException e) {
            log.error("realtime tick failed", e);
        }
    }

    private void catchUpRealtime(Lobby l) {
        if (l == null || !l.realtime || l.game == null || l.game.isOver()) {
            return;
        }
        long target = (long) ((options.nanoClock().getAsLong() - l.startNanos) * LOOPS_PER_NANO);
        if (target > l.game.gameLoop()) {
            l.game.step((int) Math.min(Integer.MAX_VALUE, target - l.game.gameLoop()));
        }
    }

    private void action(Session s, Sc2Api.Request r) {
        Game game = requireGame(s, "action");
        catchUpRealtime(s.lobby);
        Sc2Api.ResponseAction.Builder results = Sc2Api.ResponseAction.newBuilder();
        for (Sc2Api.Action action : r.getAction().getActionsList()) {
            results.addResult(ActionResults.toProto(perform(s, game, action)));
        }
        reply(s, Sc2Api.Response.newBuilder().setAction(results), r);
    }

    private CommandResult perform(Session s, Game game, Sc2Api.Action action) {
        if (!action.hasActionRaw()) {
            return action.hasActionChat() ? CommandResult.Success : CommandResult.NotSupported;
        }
        var raw = action.getActionRaw();
        if (!raw.hasUnitCommand()) {
            return CommandResult.Success; // camera moves and autocast toggles change nothing here
        }
        var unitCommand = raw.getUnitCommand();
        CommandResult result;
        try {
            result = game.issue(s.playerId, actions.decode(unitCommand));
        } catch (ProtocolException e) {
            log.warn("{}: refused action: {}", s, e.getMessage());
            result = CommandResult.NotSupported;
        }
        if (!result.ok()) {
            // the real game lists a refused command again in the next observation's action_errors
            game.reportRefusal(s.playerId, unitCommand.getUnitTagsCount() > 0 ? unitCommand.getUnitTags(0) : 0,
                    unitCommand.getAbilityId(), result);
        }
        return result;
    }

    private void debug(Session s, Sc2Api.Request r) {
        Game game = s.joined() ? s.lobby.game : null;
        for (Debug.DebugCommand command : r.getDebug().getDebugList()) {
            if (game != null && command.hasCreateUnit()) {
                Debug.DebugCreateUnit c = command.getCreateUnit();
                for (int i = 0; i < Math.max(1, c.getQuantity()); i++) {
                    game.spawnFinished(c.getOwner(), c.getUnitType(), new Point2(c.getPos().getX(), c.getPos().getY()));
                }
            } else if (game != null && command.hasEndGame()) {
                if (command.getEndGame().getEndResult() == Debug.DebugEndGame.EndResult.Surrender) {
                    game.surrender(s.playerId);
                } else {
                    game.setup().players().stream().filter(p -> p.playerId() != s.playerId).findFirst()
                            .ifPresent(p -> game.surrender(p.playerId()));
                }
            } else {
                log.info("{}: debug command accepted and ignored: {}", s, command.getCommandCase());
            }
        }
        reply(s, Sc2Api.Response.newBuilder().setDebug(Sc2Api.ResponseDebug.getDefaultInstance()), r);
    }

    private Lobby requireLobby(Session s, String what) {
        if (s.lobby != null) {
            return s.lobby;
        }
        if (lobby != null) {
            return lobby;
        }
        throw new ProtocolException(what + " needs a game: send create_game and join_game first");
    }

    private Game requireGame(Session s, String what) {
        if (!s.joined() || s.lobby.game == null) {
            throw new ProtocolException(what + " needs a joined game: send join_game first");
        }
        return s.lobby.game;
    }
}
