package io.wickedzerg.sim.server;

import SC2APIProtocol.Sc2Api;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Joins of a game between clients (join_game with ports) that reached the server before any game was created.
 * In the real game each client has its own SC2 process, and the joining one waits for its host's game to exist;
 * so python-sc2's run_game sends its joiner's join_game without waiting for the host's create_game, and on a busy
 * machine the join arrives first. Such a join waits for the next create_game, with the connection's later
 * requests behind it, and is refused after {@link #PATIENCE} when no game comes.
 */
final class WaitingJoins {
    static final Duration PATIENCE = Duration.ofMinutes(2);

    private record Waiting(Session session, Sc2Api.Request request, long sinceNanos) {
    }

    private final LongSupplier nanoClock;
    private final Replies replies;
    private final Consumer<Session> released;
    private final List<Waiting> waiting = new ArrayList<>();

    /** {@code released} runs after a waiting join was answered: the session's later frames waited for it. */
    WaitingJoins(LongSupplier nanoClock, Replies replies, Consumer<Session> released) {
        this.nanoClock = nanoClock;
        this.replies = replies;
        this.released = released;
    }

    /** Whether the join is one client's part of a game between clients, as its ports say. */
    static boolean betweenClients(Sc2Api.RequestJoinGame join) {
        return join.hasServerPorts() || join.getClientPortsCount() > 0 || join.hasSharedPort();
    }

    void hold(Session s, Sc2Api.Request join) {
        s.holding = true;
        waiting.add(new Waiting(s, join, nanoClock.getAsLong()));
    }

    /** A game was created: every waiting join goes to {@code join} now, in the order they came. */
    void gameCreated(BiConsumer<Session, Sc2Api.Request> join) {
        List<Waiting> ready = List.copyOf(waiting);
        waiting.clear();
        for (Waiting w : ready) {
            w.session().holding = false;
            join.accept(w.session(), w.request());
            released.accept(w.session());
        }
    }

    /** Refuses the joins that waited longer than {@link #PATIENCE}; called on the host's timer. */
    void expire() {
        if (waiting.isEmpty()) {
            return;
        }
        long now = nanoClock.getAsLong();
        List<Waiting> expired = waiting.stream().filter(w -> now - w.sinceNanos() >= PATIENCE.toNanos()).toList();
        waiting.removeAll(expired);
        for (Waiting w : expired) {
            w.session().holding = false;
            replies.send(w.session(), Sc2Api.Response.newBuilder().setJoinGame(Sc2Api.ResponseJoinGame.newBuilder()
                    .setError(Sc2Api.ResponseJoinGame.Error.LaunchError)
                    .setErrorDetails("no game was created within " + PATIENCE.toSeconds()
                            + " s of this join: the host sends create_game first")), w.request());
            released.accept(w.session());
        }
    }

    int size() {
        return waiting.size();
    }

    /** A connection closed: its join waits no more. */
    void forget(Session s) {
        waiting.removeIf(w -> w.session() == s);
    }
}
