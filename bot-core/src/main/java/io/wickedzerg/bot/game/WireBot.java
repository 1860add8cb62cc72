package io.wickedzerg.bot.game;

import SC2APIProtocol.Common;
import SC2APIProtocol.Raw;
import SC2APIProtocol.Sc2Api;
import io.wickedzerg.bot.core.Command;
import io.wickedzerg.bot.model.GameMap;
import io.wickedzerg.bot.model.Point2;
import io.wickedzerg.bot.model.StepSnapshot;
import io.wickedzerg.bot.model.ZergTech;
import com.github.ocraft.s2client.protocol.data.UnitType;
import com.github.ocraft.s2client.protocol.data.Units;
import io.wickedzerg.bot.wire.IdTables;
import io.wickedzerg.bot.wire.Sc2ConnectionException;
import io.wickedzerg.bot.wire.Sc2ProtocolException;
import io.wickedzerg.bot.wire.Sc2Socket;
import io.wickedzerg.bot.wire.UnitTracker;
import io.wickedzerg.bot.wire.WireActions;
import io.wickedzerg.bot.wire.WireUnits;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot on the wire client: the SC2 API's protobuf straight into snapshots, and commands straight out as action
 * requests, on the game's own thread, without ocraft's object model, unit pool and event streams in between. It
 * plays a game against the computer that it creates itself (the embedded server's games), step after step, and
 * plays it as ocraft's agent does: the same requests in the same order, the same unit events, the same actions.
 */
public final class WireBot {
    private static final Logger log = LoggerFactory.getLogger(WireBot.class);
    private static final String NAME = "WickedZerg";

    private final BotGame game;
    private final UnitTracker tracker = new UnitTracker();
    private Map<Integer, String> finalResults = Map.of();
    private int playerId;

    public WireBot(Supplier<GameSession> session, StepListener listener) {
        this.game = new BotGame(session, listener);
    }

    /**
     * Creates {@code spec}'s game against the computer on the server at {@code host:port}, joins it as Zerg and
     * plays it to its end, then quits. A connection that fails or stalls for {@code timeout} ends the game
     * undecided, with the reason in its report; a manager failure under the rethrow policy propagates.
     */
    public GameReport playAgainstComputer(String host, int port, MatchSpec spec, Duration timeout) {
        if (spec.realtime()) {
            throw new IllegalArgumentException("the wire client steps the game; a realtime game needs ocraft's");
        }
        String problem = null;
        try (Sc2Socket socket = Sc2Socket.connect(host, port, timeout)) {
            try {
                play(socket, spec);
                if (game.ended()) {
                    socket.call(Sc2Api.Request.newBuilder().setQuit(Sc2Api.RequestQuit.getDefaultInstance()).build());
                }
            } catch (RuntimeException e) {
                if (game.failure() != null || !(e instanceof Sc2ConnectionException
                        || e instanceof Sc2ProtocolException)) {
                    throw e;
                }
                if (!game.ended()) {
                    problem = e.getMessage() + " after game loop " + game.lastGameLoop();
                    log.warn("the game connection failed: {}", problem);
                }
            }
        } catch (Sc2ConnectionException e) {
            problem = e.getMessage();
            log.warn("{}", problem);
        }
        return game.reportOrAbandon(problem == null ? "connection lost" : problem);
    }

    private void play(Sc2Socket socket, MatchSpec spec) {
        Sc2Api.ResponsePing ping = socket.call(Sc2Api.Request.newBuilder()
                .setPing(Sc2Api.RequestPing.getDefaultInstance()).build()).getPing();
        IdTables.matchBuild(ping.getBaseBuild());
        socket.call(Sc2Api.Request.newBuilder().setCreateGame(Sc2Api.RequestCreateGame.newBuilder()
                .setBattlenetMapName(spec.map())
                .addPlayerSetup(Sc2Api.PlayerSetup.newBuilder().setType(Sc2Api.PlayerType.Participant))
                .addPlayerSetup(Sc2Api.PlayerSetup.newBuilder().setType(Sc2Api.PlayerType.Computer)
                        .setRace(spec.opponentRace().toSc2Api()).setDifficulty(spec.difficulty().toSc2Api()))
                .setDisableFog(false)
                .setRealtime(false)).build());
        playerId = socket.call(Sc2Api.Request.newBuilder().setJoinGame(Sc2Api.RequestJoinGame.newBuilder()
                .setRace(Common.Race.Zerg)
                .setOptions(Sc2Api.InterfaceOptions.newBuilder().setRaw(true).setScore(true))
                .setPlayerName(NAME)).build()).getJoinGame().getPlayerId();
        WireUnits units = WireUnits.from(socket.call(Sc2Api.Request.newBuilder().setData(
                Sc2Api.RequestData.newBuilder().setAbilityId(true)).build()).getData().getAbilitiesList());
        Sc2Api.ResponseGameInfo info = socket.call(Sc2Api.Request.newBuilder()
                .setGameInfo(Sc2Api.RequestGameInfo.getDefaultInstance()).build()).getGameInfo();
        WireSnapshots snapshots = new WireSnapshots(ZergTech.standard(), units);
        WireGrids grids = new WireGrids(info, bottomOrigin(ping.getGameVersion()));

        Sc2Api.Observation first = observe(socket).getObservation().getObservation();
        tracker.update(first);
        grids.observed(first);
        StepSnapshot firstSnapshot = snapshots.from(first, tracker);
        GameMap map = map(info, firstSnapshot);
        game.start(firstSnapshot, map, new GridPlacementCheck(grids, map.start()));

        Sc2Api.Request step = Sc2Api.Request.newBuilder()
                .setStep(Sc2Api.RequestStep.newBuilder().setCount(spec.stepSize())).build();
        Sc2Api.Request actions = null;
        while (game.failure() == null) {
            // the step's actions, the step and the next observation go out together: the server answers in order,
            // and the game sees the same requests in the same order as from ocraft, one round trip instead of three
            Sc2Api.Request.RequestCase sentActions = actions == null ? null : socket.send(actions);
            Sc2Api.Request.RequestCase sentStep = socket.send(step);
            Sc2Api.Request.RequestCase sentObservation = socket.send(OBSERVATION);
            if (sentActions != null) {
                socket.receive(sentActions);
            }
            socket.receive(sentStep);
            Sc2Api.Response answer = socket.receive(sentObservation);
            Sc2Api.ResponseObservation response = answer.getObservation();
            Sc2Api.Observation obs = response.getObservation();
            List<UnitTracker.Event> events = tracker.update(obs);
            grids.observed(obs);
            // as ocraft: the game is over when the answer's status is no longer in_game
            if (answer.getStatus() != Sc2Api.Status.in_game) {
                finalResults = results(response);
                game.finish(finalResults.getOrDefault(playerId, "Undecided"), WireSnapshots.trade(obs));
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

    private static final Sc2Api.Request OBSERVATION = Sc2Api.Request.newBuilder()
            .setObservation(Sc2Api.RequestObservation.newBuilder().setDisableFog(false)).build();

    private static Sc2Api.Response observe(Sc2Socket socket) {
        return socket.call(OBSERVATION);
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

    private static Map<Integer, String> results(Sc2Api.ResponseObservation response) {
        Map<Integer, String> byPlayer = new TreeMap<>();
        for (Sc2Api.PlayerResult r : response.getPlayerResultList()) {
            byPlayer.put(r.getPlayerId(), switch (r.getResult()) {
                case Victory -> "Victory";
                case Defeat -> "Defeat";
                case Tie -> "Tie";
                default -> "Undecided";
            });
        }
        return byPlayer;
    }

    public Map<Integer, String> playerResults() {
        return finalResults;
    }

    public int playerId() {
        return playerId;
    }

    public RuntimeException failure() {
        return game.failure();
    }

    public Optional<GameReport> report() {
        return Optional.ofNullable(game.report());
    }
}
