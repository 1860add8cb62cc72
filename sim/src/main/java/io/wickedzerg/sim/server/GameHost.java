package io.wickedzerg.sim.server;

import SC2APIProtocol.Debug;
import SC2APIProtocol.Sc2Api;
import io.wickedzerg.sim.data.UnitCatalog;
import io.wickedzerg.sim.data.table.GameDataTables;
import io.wickedzerg.sim.data.UpgradeCatalog;
import io.wickedzerg.sim.engine.Game;
import io.wickedzerg.sim.engine.PlayerSlot;
import io.wickedzerg.sim.engine.command.Command;
import io.wickedzerg.sim.engine.command.CommandResult;
import io.wickedzerg.sim.map.BuiltInMaps;
import io.wickedzerg.sim.map.recorded.RecordedMapReader;
import io.wickedzerg.sim.map.recorded.RecordedMaps;
import io.wickedzerg.sim.protocol.ActionDecoder;
import io.wickedzerg.sim.protocol.ActionResults;
import io.wickedzerg.sim.protocol.DataEncoder;
import io.wickedzerg.sim.protocol.DebugRequests;
import io.wickedzerg.sim.protocol.GameInfoEncoder;
import io.wickedzerg.sim.protocol.ProtocolException;
import io.wickedzerg.sim.protocol.QueryHandler;
import io.wickedzerg.sim.protocol.VersionInfo;
import io.wickedzerg.sim.replay.BotTimes;
import io.wickedzerg.sim.replay.ReplayArchive;
import io.wickedzerg.sim.replay.ReplayFormat;
import io.wickedzerg.sim.replay.SavedGame;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Serves every SC2 API request of every connection on one thread (the game thread), so the engine needs no
 * locks and answers come out in request order: routes each request, and answers those on a running game
 * (action, query, debug, save_replay) itself. Its one game at a time is {@link Lobbies}' to set up and end;
 * {@link GameClock} advances it; {@link Observations} answers observations, which may wait for a realtime loop.
 */
public final class GameHost implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(GameHost.class);
    private static final long REALTIME_TICK_MS = 20;

    private final MapLibrary maps;
    private final DataEncoder data;
    private final ActionDecoder actions;
    private final QueryHandler queries;
    private final GameThread thread;
    private final GameClock clock;
    private final Lobbies lobbies;
    private final Observations observations;
    private final WaitingJoins waitingJoins;
    private final ReplayArchive archive;
    private final AtomicInteger sessionIds = new AtomicInteger();
    private final boolean ladder;
    private final LongSupplier nanoClock;

    /** A host whose requests run on {@code thread} (the server passes its websocket event loop). */
    public GameHost(SimServerOptions options, GameThread thread) {
        UnitCatalog units = UnitCatalog.standard();
        this.maps = new MapLibrary(BuiltInMaps.standard(),
                RecordedMaps.of(new RecordedMapReader(units), options.mapFiles(), options.mapsDirs()));
        UpgradeCatalog upgrades = UpgradeCatalog.standard();
        this.data = new DataEncoder(units, upgrades, GameDataTables.load());
        this.actions = new ActionDecoder(units, upgrades);
        this.queries = new QueryHandler(units);
        this.thread = thread;
        this.ladder = options.ladder();
        this.nanoClock = options.nanoClock();
        this.clock = new GameClock(options.nanoClock(), this::reply);
        this.waitingJoins = new WaitingJoins(options.nanoClock(), this::reply, this::drainBacklog);
        this.lobbies = new Lobbies(options, maps, units, upgrades, clock, this::reply, waitingJoins,
                this::drainBacklog);
        this.observations = new Observations(clock, this::reply, this::drainBacklog);
        this.archive = new ReplayArchive(options.replays().replayDir(), options.replays().summaryJson(),
                Clock.systemDefaultZone());
        thread.execute(lobbies::createLadderGameIfNeeded);
        thread.every(REALTIME_TICK_MS, this::realtimeTick);
    }

    /** Called by a connection when it opens: a handle that sends its requests here. */
    public Connection open(Consumer<byte[]> out, Runnable closer) {
        Session session = new Session(sessionIds.incrementAndGet(), out, closer);
        return new Connection() {
            @Override
            public void request(byte[] frame) {
                Session.Frame arrived = new Session.Frame(frame, nanoClock.getAsLong());
                thread.execute(() -> handleFrame(session, arrived));
            }

            @Override
            public void closed() {
                thread.execute(() -> {
                    observations.forget(session);
                    lobbies.disconnected(session);
                    archiveIfEnded(session.lobby);
                });
            }
        };
    }

    /**
     * How many participants have joined the game this host holds now, started or still waiting for the other
     * seat (0 when there is none): read on the game thread, so it is what the next join will find.
     */
    public CompletableFuture<Integer> joinedParticipants() {
        return onGameThread(() -> {
            Lobby current = lobbies.current();
            return current == null ? 0 : current.joined.size();
        });
    }

    /** How many joins between clients wait for a game to be created; read on the game thread. */
    public CompletableFuture<Integer> joinsWaitingForAGame() {
        return onGameThread(waitingJoins::size);
    }

    /** The answer to a question about the game's state, asked on the game thread, which alone touches that state. */
    private <T> CompletableFuture<T> onGameThread(Supplier<T> question) {
        CompletableFuture<T> answer = new CompletableFuture<>();
        thread.execute(() -> answer.complete(question.get()));
        return answer;
    }

    /** One client's pipe into the host. */
    public interface Connection {
        void request(byte[] frame);

        void closed();
    }

    /** The games finished so far, with their replays; readable from any thread. */
    public List<SavedGame> savedGames() {
        return archive.games();
    }

    @Override
    public void close() {
        thread.close();
    }

    // ---- dispatch ---------------------------------------------------------------------------------------

    private void realtimeTick() {
        clock.realtimeTick(lobbies.current());
        archiveIfEnded(lobbies.current());
        try {
            waitingJoins.expire();
            observations.answerDue();
        } catch (RuntimeException e) {
            log.error("answering held observations failed", e);
        }
    }

    /** A held observation or join was answered: the frames that came in behind it are served now, in order. */
    private void drainBacklog(Session session) {
        Session.Frame frame;
        while (!session.holding && (frame = session.backlog.poll()) != null) {
            handleFrame(session, frame);
        }
    }

    private void handleFrame(Session session, Session.Frame frame) {
        if (session.holding) {
            // one answer at a time, in request order, as the real game: this waits behind the held observation
            session.backlog.add(frame);
            return;
        }
        Sc2Api.Request request;
        try {
            request = Sc2Api.Request.parseFrom(frame.bytes());
        } catch (com.google.protobuf.InvalidProtocolBufferException e) {
            log.warn("{}: malformed request ({} bytes): {}", session, frame.bytes().length, e.getMessage());
            reply(session, Sc2Api.Response.newBuilder()
                    .addError("malformed request: not an SC2APIProtocol.Request (" + e.getMessage() + ")"), null);
            return;
        }
        session.botTime.request(request.getRequestCase(), frame.arrivedNanos());
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
                            .addAllLocalMapPaths(maps.fileNames())
                            .addAllBattlenetMapNames(maps.names())), r);
            case CREATE_GAME -> lobbies.createGame(s, r);
            case JOIN_GAME -> lobbies.joinGame(s, r);
            case LEAVE_GAME -> lobbies.leaveGame(s, r);
            case QUIT -> {
                s.quit = true;
                lobbies.leave(s);
                reply(s, Sc2Api.Response.newBuilder().setQuit(Sc2Api.ResponseQuit.getDefaultInstance()), r);
                s.closer.run();
            }
            case GAME_INFO -> {
                Lobby l = lobbies.requireLobby(s, "game_info");
                List<PlayerSlot> slots = l.game != null ? l.game.setup().players() : List.of();
                reply(s, Sc2Api.Response.newBuilder().setGameInfo(
                        GameInfoEncoder.encode(l.map, l.game != null ? l.game.pathingGrid() : l.map.pathing(), slots,
                                s.playerId, s.options)), r);
            }
            case DATA -> reply(s, Sc2Api.Response.newBuilder().setData(data.answer(r.getData())), r);
            case OBSERVATION -> observations.request(s, requireGame(s, "observation"), r);
            case ACTION -> action(s, r);
            case STEP -> clock.step(s, requireGame(s, "step"), r);
            case QUERY -> {
                Game game = requireGame(s, "query");
                clock.catchUpRealtime(s.lobby);
                reply(s, Sc2Api.Response.newBuilder().setQuery(queries.answer(game, s.playerId, r.getQuery())), r);
            }
            case DEBUG -> debug(s, r);
            case SAVE_REPLAY -> saveReplay(s, r);
            case RESTART_GAME -> throw new ProtocolException("restart_game is not supported; leave the game and send create_game");
            case REQUEST_NOT_SET -> throw new ProtocolException("request is empty: set one of ping, available_maps, "
                    + "create_game, join_game, leave_game, quit, game_info, data, observation, action, step, query, debug, "
                    + "save_replay");
            default -> throw new ProtocolException(r.getRequestCase().name().toLowerCase()
                    + " is not supported by this server; supported: ping, available_maps, create_game, join_game, "
                    + "leave_game, quit, game_info, data, observation, action, step, query, debug, save_replay");
        }
    }

    private void reply(Session s, Sc2Api.Response.Builder response, Sc2Api.Request request) {
        // before any answer can tell a client the game ended, its replay is on disk
        archiveIfEnded(s.lobby);
        archiveIfEnded(lobbies.current());
        if (request != null && request.hasId()) {
            response.setId(request.getId());
        }
        response.setStatus(s.status(lobbies.current()));
        byte[] bytes = response.build().toByteArray();
        // the answer's bytes are ready, as the real game's are when AI Arena's proxy forwards them; read before the
        // write, since the bot's next request can come as soon as it is out
        long answered = nanoClock.getAsLong();
        s.out.accept(bytes);
        s.botTime.answered(answered);
    }

    // ---- requests on a running game --------------------------------------------------------------------

    private void action(Session s, Sc2Api.Request r) {
        Game game = requireGame(s, "action");
        clock.catchUpRealtime(s.lobby);
        Sc2Api.ResponseAction.Builder results = Sc2Api.ResponseAction.newBuilder();
        for (Sc2Api.Action action : r.getAction().getActionsList()) {
            results.addResult(ActionResults.toProto(perform(s, game, action)));
        }
        reply(s, Sc2Api.Response.newBuilder().setAction(results), r);
    }

    private CommandResult perform(Session s, Game game, Sc2Api.Action action) {
        if (!action.hasActionRaw()) {
            if (action.hasActionChat()) {
                observations.chat(s, action.getActionChat());
                return CommandResult.Success;
            }
            return CommandResult.NotSupported;
        }
        var raw = action.getActionRaw();
        if (!raw.hasUnitCommand()) {
            return CommandResult.Success; // camera moves and autocast toggles change nothing here
        }
        var unitCommand = raw.getUnitCommand();
        CommandResult result;
        try {
            Command command = actions.decode(unitCommand);
            s.lobby.recorder.action(s.playerId, action);
            result = game.issue(s.playerId, command);
        } catch (ProtocolException e) {
            log.warn("{}: refused action: {}", s, e.getMessage());
            result = CommandResult.NotSupported;
        }
        if (result.ok()) {
            observations.accepted(s, game, action);
        } else {
            // the real game lists a refused command again in the next observation's action_errors
            game.reportRefusal(s.playerId, unitCommand.getUnitTagsCount() > 0 ? unitCommand.getUnitTags(0) : 0,
                    unitCommand.getAbilityId(), result);
        }
        return result;
    }

    /**
     * Applies the commands on the sender's game, unless the server plays ladder games: AI Arena answers debug
     * requests there with an empty reply and changes nothing, and so does this.
     */
    private void debug(Session s, Sc2Api.Request r) {
        if (s.joined() && s.lobby.game != null && !ladder) {
            for (Debug.DebugCommand command : r.getDebug().getDebugList()) {
                s.lobby.recorder.debug(s.playerId, command);
                DebugRequests.apply(s.lobby.game, s.playerId, command);
            }
        } else if (r.getDebug().getDebugCount() > 0) {
            log.debug("{}: debug request ignored ({})", s, ladder ? "ladder game" : "no game joined");
        }
        reply(s, Sc2Api.Response.newBuilder().setDebug(Sc2Api.ResponseDebug.getDefaultInstance()), r);
    }

    /**
     * The replay of the sender's game so far ({@link ReplayFormat}), also after it ended or the sender left it:
     * python-sc2 saves the replay just before leaving.
     */
    private void saveReplay(Session s, Sc2Api.Request r) {
        if (s.lobby == null || s.lobby.game == null) {
            throw new ProtocolException("save_replay needs a game: join one first");
        }
        clock.catchUpRealtime(s.lobby);
        byte[] replay = ReplayFormat.write(s.lobby.recorder.replay());
        reply(s, Sc2Api.Response.newBuilder().setSaveReplay(Sc2Api.ResponseSaveReplay.newBuilder()
                .setData(com.google.protobuf.ByteString.copyFrom(replay))), r);
    }

    /** Archives a game once, when it is first seen over: its replay file and its line in the summary. */
    private void archiveIfEnded(Lobby l) {
        if (l != null && l.recorder != null && !l.archived && l.recorder.ended()) {
            l.archived = true;
            try {
                Map<Integer, BotTimes> botTimes = new LinkedHashMap<>();
                l.joined.forEach((player, session) -> session.botTime.report()
                        .ifPresent(times -> botTimes.put(player, times)));
                archive.save(l.recorder.replay(), botTimes);
            } catch (RuntimeException e) {
                log.error("archiving the finished game failed", e);
            }
        }
    }

    private Game requireGame(Session s, String what) {
        if (!s.joined() || s.lobby.game == null) {
            throw new ProtocolException(what + " needs a joined game: send join_game first");
        }
        return s.lobby.game;
    }
}
