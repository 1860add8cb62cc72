package io.wickedzerg.sim.replay;

import SC2APIProtocol.Debug;
import SC2APIProtocol.Sc2Api;
import com.google.protobuf.InvalidProtocolBufferException;
import io.wickedzerg.sim.ai.BuiltInAiFactory;
import io.wickedzerg.sim.data.UnitCatalog;
import io.wickedzerg.sim.data.UpgradeCatalog;
import io.wickedzerg.sim.engine.ComputerPlayerFactory;
import io.wickedzerg.sim.engine.Game;
import io.wickedzerg.sim.engine.GameSetup;
import io.wickedzerg.sim.map.BuiltInMaps;
import io.wickedzerg.sim.map.recorded.RecordedMapReader;
import io.wickedzerg.sim.protocol.ActionDecoder;
import io.wickedzerg.sim.protocol.DebugRequests;
import io.wickedzerg.sim.protocol.ProtocolException;

import java.util.List;
import java.util.Map;

/**
 * Plays a recorded game again, headless: the same engine, the same map, seed and seats, the same computer AIs, and
 * every recorded command given at its loop through the same decoder as the live server. Each recorded state hash is
 * checked as the loop is reached, and the end against the recorded end: a difference is a
 * {@link ReplayMismatchException} naming the loop. A listener sees the game after every loop (a viewer samples
 * frames there).
 *
 * <p>Loop {@code L}'s state is taken at the end of loop {@code L}: first the hash is checked (recorded before that
 * loop's commands), then the listener runs, then the commands recorded at {@code L} are given.
 */
public final class ReplayRunner {
    /** Sees the game after each loop (and once at loop 0); it must only read the game. */
    @FunctionalInterface
    public interface LoopListener {
        void loop(Game game);
    }

    /**
     * What a whole re-simulation ended with.
     *
     * @param game the re-simulated game at its end, to read (its map and players for a replay page)
     */
    public record Result(long finalLoop, long finalHash, boolean over, Map<Integer, String> results, int hashesChecked,
                         Game game) {
    }

    /** Observation-only queues (deaths, errors, alerts) are drained this often, as an observer would. */
    private static final int DRAIN_LOOPS = 256;

    private final MapSources maps;
    private final ComputerPlayerFactory computers;
    private final UnitCatalog units;
    private final UpgradeCatalog upgrades;
    private final ActionDecoder decoder;

    public ReplayRunner(MapSources maps, ComputerPlayerFactory computers, UnitCatalog units, UpgradeCatalog upgrades) {
        this.maps = maps;
        this.computers = computers;
        this.units = units;
        this.upgrades = upgrades;
        this.decoder = new ActionDecoder(units, upgrades);
    }

    /** The server's own parts: built-in and recorded maps, the built-in AI, the standard catalogs. */
    public static ReplayRunner standard() {
        UnitCatalog units = UnitCatalog.standard();
        return new ReplayRunner(MapSources.of(BuiltInMaps.standard(), new RecordedMapReader(units)), new BuiltInAiFactory(),
                units, UpgradeCatalog.standard());
    }

    /** Re-simulates the whole game and checks it against every recorded hash and the recorded end. */
    public Result run(Replay replay, LoopListener listener) throws ReplayMismatchException {
        Run run = new Run(replay, listener);
        run.until(replay.end().finalLoop());
        Game game = run.game;
        ReplayEnd end = replay.end();
        if (game.isOver() != end.over()) {
            throw new ReplayMismatchException(game.gameLoop(), end.over() ? "the recorded game was over here, the "
                    + "re-simulated one goes on" : "the re-simulated game is over here, the recorded one went on");
        }
        long hash = game.stateHash();
        if (hash != end.finalHash()) {
            throw new ReplayMismatchException(game.gameLoop(), String.format(
                    "final state hash %016x, recorded %016x", hash, end.finalHash()));
        }
        Map<Integer, String> results = ReplayEnd.resultsOf(game);
        if (!results.equals(end.results())) {
            throw new ReplayMismatchException(game.gameLoop(), "results " + results + ", recorded " + end.results());
        }
        return new Result(game.gameLoop(), hash, game.isOver(), results, run.hashesChecked, game);
    }

    /**
     * The game at the end of {@code loop} with that loop's recorded commands given (checked against the recorded
     * hashes on the way).
     *
     * @throws IllegalArgumentException when the recording does not reach that loop
     */
    public Game runTo(Replay replay, long loop) throws ReplayMismatchException {
        if (loop < 0 || loop > replay.end().finalLoop()) {
            throw new IllegalArgumentException("loop " + loop + " is outside the recording: allowed 0.."
                    + replay.end().finalLoop());
        }
        Run run = new Run(replay, game -> { });
        run.until(loop);
        return run.game;
    }

    /** One re-simulation in progress. */
    private final class Run {
        final Replay replay;
        final LoopListener listener;
        final Game game;
        final List<ReplayEvent> events;
        final List<LoopHash> hashes;
        int nextEvent;
        int nextHash;
        int hashesChecked;

        Run(Replay replay, LoopListener listener) {
            this.replay = replay;
            this.listener = listener;
            this.events = replay.events();
            this.hashes = replay.hashes();
            ReplaySettings s = replay.settings();
            GameSetup.Builder setup = GameSetup.builder(maps.map(s.map())).units(units).upgrades(upgrades)
                    .computers(computers).seed(s.seed()).loopLimit(s.loopLimit());
            s.players().forEach(p -> setup.player(p.toSlot()));
            this.game = new Game(setup.build());
        }

        void until(long stop) throws ReplayMismatchException {
            listener.loop(game);
            giveCommands();
            while (game.gameLoop() < stop) {
                if (game.isOver()) {
                    throw new ReplayMismatchException(game.gameLoop(), "the re-simulated game ended; the recording goes "
                            + "on to loop " + replay.end().finalLoop());
                }
                game.step(1);
                checkHash();
                listener.loop(game);
                giveCommands();
                if (game.gameLoop() % DRAIN_LOOPS == 0) {
                    game.setup().players().forEach(p -> game.report(p.playerId()));
                }
            }
        }

        private void checkHash() throws ReplayMismatchException {
            while (nextHash < hashes.size() && hashes.get(nextHash).loop() < game.gameLoop()) {
                nextHash++; // a hash of a loop the game never stopped at cannot be checked; a writer never makes one
            }
            if (nextHash < hashes.size() && hashes.get(nextHash).loop() == game.gameLoop()) {
                long recorded = hashes.get(nextHash++).hash();
                long hash = game.stateHash();
                if (hash != recorded) {
                    throw new ReplayMismatchException(game.gameLoop(), String.format(
                            "state hash %016x, recorded %016x", hash, recorded));
                }
                hashesChecked++;
            }
        }

        private void giveCommands() throws ReplayMismatchException {
            while (nextEvent < events.size() && events.get(nextEvent).loop() <= game.gameLoop()) {
                ReplayEvent event = events.get(nextEvent++);
                if (event.loop() < game.gameLoop()) {
                    throw new ReplayMismatchException(event.loop(), "a command was recorded at a loop the game passed "
                            + "(events out of order?)");
                }
                give(event);
            }
        }

        private void give(ReplayEvent event) throws ReplayMismatchException {
            try {
                switch (event.kind()) {
                    case ACTION -> {
                        Sc2Api.Action action = Sc2Api.Action.parseFrom(event.payload());
                        game.issue(event.playerId(), decoder.decode(action.getActionRaw().getUnitCommand()));
                    }
                    case DEBUG -> DebugRequests.apply(game, event.playerId(), Debug.DebugCommand.parseFrom(event.payload()));
                    case LEAVE -> game.surrender(event.playerId());
                }
            } catch (InvalidProtocolBufferException | ProtocolException | IllegalArgumentException e) {
                throw new ReplayMismatchException(event.loop(), "player " + event.playerId() + "'s recorded "
                        + event.kind().name().toLowerCase() + " cannot be given: " + e.getMessage());
            }
        }
    }
}
