package io.wickedzerg.bot.game;

import SC2APIProtocol.Common;
import SC2APIProtocol.Raw;
import SC2APIProtocol.Sc2Api;
import com.github.ocraft.s2client.protocol.data.UnitType;
import com.github.ocraft.s2client.protocol.data.Units;
import com.github.ocraft.s2client.protocol.observation.Result;
import io.wickedzerg.bot.core.Command;
import io.wickedzerg.bot.model.GameMap;
import io.wickedzerg.bot.model.Point2;
import io.wickedzerg.bot.model.StepSnapshot;
import io.wickedzerg.bot.model.ZergTech;
import io.wickedzerg.bot.wire.IdTables;
import io.wickedzerg.bot.wire.Sc2ConnectionException;
import io.wickedzerg.bot.wire.Sc2ProtocolException;
import io.wickedzerg.bot.wire.Sc2Socket;
import io.wickedzerg.bot.wire.UnitTracker;
import io.wickedzerg.bot.wire.WireActions;
import io.wickedzerg.bot.wire.WireRequests;
import io.wickedzerg.bot.wire.WireUnits;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot on the wire client: the SC2 API's protobuf straight into snapshots, and commands straight out as action
 * requests, on the game's own thread, without ocraft's object model, unit pool and event streams in between. It
 * plays a game against the computer that it creates itself (the embedded server's games) or a ladder game, step
 * after step, as ocraft's agent does: the same requests in the same order, the same unit events, the same actions.
 */
public final class WireBot {
    private static final Logger log = LoggerFactory.getLogger(WireBot.class);
    private static final String NAME = "WickedZerg";

    private final BotGame game;
    private final UnitTracker tracker = new UnitTracker();
    private int playerId;

    public WireBot(Supplier<GameSession> session, StepListener listener) {
        this.game = new BotGame(session, listener);
    }

    /**
     * Creates {@code spec}'s game against the computer on the server at {@code host:port}, joins it as Zerg and
     * plays it to its end, then quits. The embedded server answers in request order, so each step's requests go out
     * together. A connection that fails or stalls for {@code timeout} ends the game undecided, with the reason in
     * its report; a manager failure under the rethrow policy propagates.
     */
    public GameReport playAgainstComputer(String host, int port, MatchSpec spec, Duration timeout) {
        if (spec.realtime()) {
            throw new IllegalArgumentException("the wire client steps the game; a realtime game needs ocraft's");
        }
        return play(host, port, timeout, () -> { }, socket -> {
            socket.call(WireRequests.createGame(spec.map(), spec.opponentRace().toSc2Api(),
                    spec.difficulty().toSc2Api()));
            return socket.call(WireRequests.join(NAME));
        }, spec.stepSize(), true, List.of(WireRequests.QUIT));
    }

    /**
     * Joins the game a ladder server prepared at {@code host:gamePort} with the ports derived from {@code startPort},
     * plays it to its end one request at a time (as every client talks to the real game), then leaves and quits.
     * {@code connected} runs once the connection is up, before the join.
     */
    public GameReport playLadder(String host, int gamePort, int startPort, int stepSize, Duration timeout,
                                 Runnable connected) {
        return play(host, gamePort, timeout, connected, socket -> socket.call(WireRequests.joinLadder(NAME, startPort)),
                stepSize, false, List.of(WireRequests.LEAVE, WireRequests.QUIT));
    }

    /** How a game is entered: the requests up to and with the join, whose answer is returned. */
    @FunctionalInterface
    private interface Join {
        Sc2Api.Response join(Sc2Socket socket);
    }

    private GameReport play(String host, int port, Duration timeout, Runnable connected, Join join, int stepSize,
                            boolean pipelined, List<Sc2Api.Request> goodbye) {
        String problem = null;
        try (Sc2Socket socket = Sc2Socket.connect(host, port, timeout)) {
            connected.run();
            try {
                play(socket, join, stepSize, pipelined);
                sayGoodbye(socket, goodbye);
            } catch (Sc2ConnectionException | Sc2ProtocolException e) {
                problem = e.getMessage() + " after game loop " + game.lastGameLoop();
                log.warn("the game connection failed: {}", problem);
            }
        } catch (Sc2ConnectionException e) {
            connected.run();
            problem = e.getMessage();
            log.warn("{}", problem);
        }
        return game.reportOrAbandon(problem == null ? "connection lost" : problem);
    }

    /** After the game's end: each request in turn; a game that says no or hangs up first is no problem then. */
    private static void sayGoodbye(Sc2Socket socket, List<Sc2Api.Request> goodbye) {
        for (Sc2Api.Request last : goodbye) {
            try {
                socket.call(last);
            } catch (Sc2ProtocolException e) {
                log.debug("the game answered {} with: {}", last.getRequestCase(), e.getMessage());
            } catch (Sc2ConnectionException e) {
                log.debug("the game hung up before {}: {}", last.getRequestCase(), e.getMessage());
                return;
            }
        }
    }

    private void play(Sc2Socket socket, Join join, int stepSize, boolean pipelined) {
        Sc2Api.ResponsePing ping = socket.call(WireRequests.PING).getPing();
        IdTables.matchBuild(ping.getBaseBuild());
        playerId = join.join(socket).getJoinGame().getPlayerId();
        WireUnits units = WireUnits.from(socket.call(WireRequests.ABILITY_DATA).getData().getAbilitiesList());
        Sc2Api.ResponseGameInfo info = socket.call(WireRequests.GAME_INFO).getGameInfo();
        WireSnapshots snapshots = new WireSnapshots(ZergTech.standard(), units);
        WireGrids grids = new WireGrids(info, bottomOrigin(ping.getGameVersion()));

        Sc2Api.Observation first = socket.call(WireRequests.OBSERVATION).getObservation().getObservation();
        tracker.update(first);
        grids.observed(first);
        StepSnapshot firstSnapshot = snapshots.from(first, tracker);
        GameMap map = map(info, firstSnapshot);
        game.start(firstSnapshot, map, new GridPlacementCheck(grids, map.start()));

        Sc2Api.Request step = WireRequests.step(stepSize);
        Sc2Api.Request actions = null;
        while (game.failure() == null) {
            Sc2Api.Response answer = pipelined ? stepTogether(socket, actions, step) : stepInTurn(socket, actions, step);
            Sc2Api.ResponseObservation response = answer.getObservation();
            Sc2Api.Observation obs = response.getObservation();
            List<UnitTracker.Event> events = tracker.update(obs);
            grids.observed(obs);
            // as ocraft: the game is over when the answer's status is no longer in_game
            if (answer.getStatus() != Sc2Api.Status.in_game) {
                game.finish(resultOf(response, playerId), WireSnapshots.trade(obs));
                return;
            }
            actions = null;
            if (!tracker.loopMoved()) {
                continue;
            }
            for (UnitTracker.Event event : events) {
                relay(event, units, obs.getGameLoop());
            }
            List<Command> sent = new ArrayList<>();
            game.step(() -> snapshots.from(obs, tracker), sent::addAll);
            actions = WireActions.request(sent, tracker::exists);
        }
        throw game.failure();
    }

    /**
     * The step's actions, the step and the next observation out together, then their answers: one round trip
     * instead of three, for a game that answers in request order; the game sees the same requests in the same order.
     */
    private static Sc2Api.Response stepTogether(Sc2Socket socket, Sc2Api.Request actions, Sc2Api.Request step) {
        Sc2Api.Request.RequestCase sentActions = actions == null ? null : socket.send(actions);
        Sc2Api.Request.RequestCase sentStep = socket.send(step);
        Sc2Api.Request.RequestCase sentObservation = socket.send(WireRequests.OBSERVATION);
        if (sentActions != null) {
            socket.receive(sentActions);
        }
        socket.receive(sentStep);
        return socket.receive(sentObservation);
    }

    /** The same requests one at a time, each after the answer to the one before. */
    private static Sc2Api.Response stepInTurn(Sc2Socket socket, Sc2Api.Request actions, Sc2Api.Request step) {
        if (actions != null) {
            socket.call(actions);
        }
        socket.call(step);
        return socket.call(WireRequests.OBSERVATION);
    }

    private void relay(UnitTracker.Event event, WireUnits units, long gameLoop) {
        Raw.Unit unit = event.unit();
        switch (event.kind()) {
            case DESTROYED -> game.unitDestroyed(() -> units.view(unit), gameLoop);
            case CREATED -> game.unitCreated(() -> units.view(unit), gameLoop);
            case CONSTRUCTION_COMPLETE -> game.constructionComplete(() -> units.view(unit), gameLoop);
        }
    }

    private GameMap map(Sc2Api.ResponseGameInfo info, StepSnapshot first) {
        Point2 start = null;
        for (Raw.Unit unit : tracker.units()) {
            if (unit.getAlliance() == Raw.Alliance.Self && isMainBase(unit.getUnitType())) {
                start = new Point2(unit.getPos().getX(), unit.getPos().getY());
                break;
            }
        }
        if (start == null) {
            throw new Sc2ProtocolException("the first observation has no town hall of ours");
        }
        List<Point2> starts = new ArrayList<>();
        double width = 0;
        double height = 0;
        if (info.hasStartRaw()) {
            for (Common.Point2D p : info.getStartRaw().getStartLocationsList()) {
                starts.add(new Point2(p.getX(), p.getY()));
            }
            width = info.getStartRaw().getMapSize().getX();
            height = info.getStartRaw().getMapSize().getY();
        }
        return GameMapFactory.fromStarts(start, starts, first, width, height);
    }

    /** ocraft's start location: the position of our first town hall at game start. */
    private static boolean isMainBase(int unitType) {
        UnitType type = Units.from(unitType);
        return type == Units.ZERG_HATCHERY || type == Units.TERRAN_COMMAND_CENTER || type == Units.PROTOSS_NEXUS;
    }

    /** ocraft's image origin: rows from the bottom since game version 4.8.5. */
    static boolean bottomOrigin(String gameVersion) {
        String[] parts = gameVersion.split("\\.");
        int[] wanted = {4, 8, 5};
        for (int i = 0; i < wanted.length; i++) {
            int have = i < parts.length ? parseOr(parts[i]) : 0;
            if (have != wanted[i]) {
                return have > wanted[i];
            }
        }
        return true;
    }

    private static int parseOr(String part) {
        try {
            return Integer.parseInt(part);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The player's result in the game's last observation; undecided when it names none. */
    private static String resultOf(Sc2Api.ResponseObservation response, int player) {
        for (Sc2Api.PlayerResult r : response.getPlayerResultList()) {
            if (r.getPlayerId() == player) {
                return BotGame.label(Result.from(r.getResult()));
            }
        }
        return "Undecided";
    }

    /** True once the game started (joined, first observation in, the bot's brain built). */
    public boolean started() {
        return game.started();
    }
}
