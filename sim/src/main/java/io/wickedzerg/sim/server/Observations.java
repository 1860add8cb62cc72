package io.wickedzerg.sim.server;

import SC2APIProtocol.Sc2Api;
import io.wickedzerg.sim.engine.Game;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Answers {@code RequestObservation}s. In a realtime game an observation asking for a later {@code game_loop} is
 * held until the game gets there (or ends), as the real game does: python-sc2's realtime loop asks for "the loop
 * after my last step" instead of stepping. Each answer carries what happened to the player since its last one: its
 * own accepted raw unit commands ({@code actions}) and the chat sent to it ({@code chat}).
 */
final class Observations {
    /** An observation to answer once its lobby's game reaches {@code targetLoop}. */
    private record Held(Session session, Sc2Api.Request request, long targetLoop) {
    }

    private final GameClock clock;
    private final Replies replies;
    private final Consumer<Session> released;
    private final List<Held> held = new ArrayList<>();

    /** {@code released} runs after a held answer went out: the session's later frames waited for it. */
    Observations(GameClock clock, Replies replies, Consumer<Session> released) {
        this.clock = clock;
        this.replies = replies;
        this.released = released;
    }

    void request(Session s, Game game, Sc2Api.Request r) {
        clock.catchUpRealtime(s.lobby);
        Sc2Api.RequestObservation asked = r.getObservation();
        // uint32 on the wire: a client may ask for a loop above Integer.MAX_VALUE
        long wanted = asked.hasGameLoop() ? Integer.toUnsignedLong(asked.getGameLoop()) : 0;
        if (s.lobby.realtime && wanted > game.gameLoop() && !game.isOver()) {
            s.holding = true;
            held.add(new Held(s, r, wanted));
            return;
        }
        answer(s, game, r);
    }

    /** Answers the held observations whose game reached their loop or ended; called on the realtime tick. */
    void answerDue() {
        if (held.isEmpty()) {
            return;
        }
        List<Held> due = new ArrayList<>();
        for (Held h : held) {
            Lobby lobby = h.session().lobby;
            clock.catchUpRealtime(lobby);
            if (lobby.game.isOver() || lobby.game.gameLoop() >= h.targetLoop()) {
                due.add(h);
            }
        }
        held.removeAll(due);
        for (Held h : due) {
            h.session().holding = false;
            answer(h.session(), h.session().lobby.game, h.request());
            released.accept(h.session());
        }
    }

    /** A connection closed: nobody is left to answer. */
    void forget(Session s) {
        held.removeIf(h -> h.session() == s);
        s.holding = false;
        s.backlog.clear();
    }

    /** A raw unit command the game accepted: the sender's next observation lists it, stamped with the loop. */
    void accepted(Session s, Game game, Sc2Api.Action action) {
        s.actionsSinceObservation.add(action.toBuilder().setGameLoop((int) game.gameLoop()).build());
    }

    /**
     * Chat goes to every player in the game on the broadcast channel; on the team channel to the sender's team,
     * which in the two-player games served here is the sender alone. Each recipient reads it in its next
     * observation; the sender sees its own message too, as in the real game.
     */
    void chat(Session from, Sc2Api.ActionChat chat) {
        Sc2Api.ChatReceived message = Sc2Api.ChatReceived.newBuilder().setPlayerId(from.playerId)
                .setMessage(chat.getMessage()).build();
        for (Session to : from.lobby.joined.values()) {
            boolean reaches = chat.getChannel() == Sc2Api.ActionChat.Channel.Broadcast || to == from;
            if (reaches && !to.left && !to.quit) {
                to.chatInbox.add(message);
            }
        }
    }

    private void answer(Session s, Game game, Sc2Api.Request r) {
        Sc2Api.ResponseObservation observation = s.encoder.encode(game, s.playerId, s.actionsSinceObservation,
                s.chatInbox);
        s.actionsSinceObservation.clear();
        s.chatInbox.clear();
        replies.send(s, Sc2Api.Response.newBuilder().setObservation(observation), r);
    }
}
