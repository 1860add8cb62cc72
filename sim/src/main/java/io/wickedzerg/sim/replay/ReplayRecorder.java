package io.wickedzerg.sim.replay;

import SC2APIProtocol.Debug;
import SC2APIProtocol.Sc2Api;
import io.wickedzerg.sim.engine.Game;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Records one live game as it is played: every command that reached it (raw actions and debug commands as
 * received, leaves), with the loop and the player, in arrival order; the state hash every {@code hashInterval}
 * loops; and the end, captured the first time the game is seen over. Nothing after the end is recorded: nothing
 * a player does then changes the game. Runs on the game's thread, like the game.
 */
public final class ReplayRecorder {
    /** About 1.4 s of game time: a divergence is pinned to a short stretch, for 8 bytes of hash each time. */
    public static final int DEFAULT_HASH_INTERVAL = 32;

    private final Game game;
    private final ReplaySettings settings;
    private final List<ReplayEvent> events = new ArrayList<>();
    private final List<LoopHash> hashes = new ArrayList<>();
    private ReplayEnd end;

    /** Starts recording {@code game}, which must not have stepped yet. */
    public ReplayRecorder(Game game, MapSource map, boolean realtime, int hashInterval) {
        if (game.gameLoop() != 0) {
            throw new IllegalStateException("a recording starts at loop 0, the game is at " + game.gameLoop());
        }
        this.game = game;
        this.settings = new ReplaySettings(map, game.setup().seed(), game.setup().loopLimit(), realtime, hashInterval,
                game.setup().players().stream().map(ReplayPlayer::of).toList());
        game.onLoop(this::loopDone);
    }

    public ReplayRecorder(Game game, MapSource map, boolean realtime) {
        this(game, map, realtime, DEFAULT_HASH_INTERVAL);
    }

    /** A raw action about to be given to the game. */
    public void action(int playerId, Sc2Api.Action action) {
        record(playerId, ReplayEvent.Kind.ACTION, action.toByteArray());
    }

    /** A debug command about to be applied to the game. */
    public void debug(int playerId, Debug.DebugCommand command) {
        record(playerId, ReplayEvent.Kind.DEBUG, command.toByteArray());
    }

    /** A player left (or disconnected from) the running game and has just surrendered it. */
    public void left(int playerId) {
        if (end == null) {
            events.add(new ReplayEvent(game.gameLoop(), playerId, ReplayEvent.Kind.LEAVE, new byte[0]));
            endIfOver();
        }
    }

    /** Whether the game's end has been recorded. */
    public boolean ended() {
        endIfOver();
        return end != null;
    }

    public ReplaySettings settings() {
        return settings;
    }

    /** The recording so far: the whole game once it ended, else up to now (results Undecided). */
    public Replay replay() {
        endIfOver();
        ReplayEnd last = end != null ? end : new ReplayEnd(game.gameLoop(), game.stateHash(), false, results());
        return new Replay(settings, events, hashes, last);
    }

    private void record(int playerId, ReplayEvent.Kind kind, byte[] payload) {
        if (end == null && !game.isOver()) {
            events.add(new ReplayEvent(game.gameLoop(), playerId, kind, payload));
        }
    }

    private void loopDone(Game g) {
        if (end == null && g.gameLoop() % settings.hashInterval() == 0) {
            hashes.add(new LoopHash(g.gameLoop(), g.stateHash()));
        }
        endIfOver();
    }

    private void endIfOver() {
        if (end == null && game.isOver()) {
            end = new ReplayEnd(game.gameLoop(), game.stateHash(), true, results());
        }
    }

    private Map<Integer, String> results() {
        return ReplayEnd.resultsOf(game);
    }
}
