package io.wickedzerg.sim.server;

import SC2APIProtocol.Sc2Api;
import io.wickedzerg.sim.engine.Game;
import io.wickedzerg.sim.protocol.ProtocolException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * When a game's loop advances: in lock step, to the lowest loop every participant has asked for; in realtime, at
 * 22.4 loops a second of the injected clock, caught up whenever a request arrives and on a timer between.
 */
final class GameClock {
    private static final Logger log = LoggerFactory.getLogger(GameClock.class);
    private static final double LOOPS_PER_NANO = 22.4 / 1e9;

    private final LongSupplier nanoClock;
    private final Replies replies;

    GameClock(LongSupplier nanoClock, Replies replies) {
        this.nanoClock = nanoClock;
        this.replies = replies;
    }

    /** A game starts now: realtime loops count from here. */
    void started(Lobby l) {
        l.startNanos = nanoClock.getAsLong();
    }

    /** A participant's step: answered once every participant has asked to get that far. */
    void step(Session s, Game game, Sc2Api.Request r) {
        if (s.lobby.realtime) {
            throw new ProtocolException("step is not available in a realtime game: the game advances by wall clock");
        }
        int count = Math.max(1, r.getStep().getCount());
        s.lobby.pendingSteps.put(s, new Lobby.PendingStep(game.gameLoop() + count, r));
        advanceLockstep(s.lobby);
    }

    /** Advances the game as far as every stepping participant allows and answers the steps that are due. */
    void advanceLockstep(Lobby l) {
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
                replies.send(session, Sc2Api.Response.newBuilder().setStep(Sc2Api.ResponseStep.newBuilder()
                        .setSimulationLoop((int) l.game.gameLoop())), pending.request());
            }
        }
    }

    /** Called every few milliseconds: a realtime game runs on by itself even when nobody asks. */
    void realtimeTick(Lobby lobby) {
        try {
            if (lobby != null && lobby.realtime && lobby.game != null && !lobby.game.isOver()) {
                catchUpRealtime(lobby);
            }
        } catch (RuntimeException e) {
            log.error("realtime tick failed", e);
        }
    }

    /** Brings a realtime game up to the loop its clock says, before a request on it is answered. */
    void catchUpRealtime(Lobby l) {
        if (l == null || !l.realtime || l.game == null || l.game.isOver()) {
            return;
        }
        long target = (long) ((nanoClock.getAsLong() - l.startNanos) * LOOPS_PER_NANO);
        if (target > l.game.gameLoop()) {
            l.game.step((int) Math.min(Integer.MAX_VALUE, target - l.game.gameLoop()));
        }
    }
}
