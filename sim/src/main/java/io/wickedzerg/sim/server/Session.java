package io.wickedzerg.sim.server;

import SC2APIProtocol.Sc2Api;
import io.wickedzerg.sim.protocol.ObservationEncoder;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/**
 * One client connection's state: which seat it holds, its interface options, whether it quit, and what its next
 * observation owes it (its own accepted actions, chat it received).
 */
final class Session {
    final int id;
    /** Writes an answer's bytes to the client. */
    final Consumer<byte[]> out;
    final Runnable closer;
    int playerId;
    Lobby lobby;
    Sc2Api.InterfaceOptions options = Sc2Api.InterfaceOptions.newBuilder().setRaw(true).setScore(true).build();
    ObservationEncoder encoder;
    boolean quit;
    boolean left;
    /** Its observation waits for a later realtime loop, or its join for a game: the SC2 API answers in order, so later frames wait. */
    boolean holding;
    final Deque<Frame> backlog = new ArrayDeque<>();
    /** Its bot's time between our answers and its requests, as AI Arena's proxy counts it. */
    final BotTimeMeter botTime = new BotTimeMeter();
    /** Raw unit commands accepted since its last observation, as received, for {@code ResponseObservation.actions}. */
    final List<Sc2Api.Action> actionsSinceObservation = new ArrayList<>();
    /** Chat sent to it since its last observation, for {@code ResponseObservation.chat}. */
    final List<Sc2Api.ChatReceived> chatInbox = new ArrayList<>();

    /** A request's bytes as they arrived, and when. */
    record Frame(byte[] bytes, long arrivedNanos) {
    }

    Session(int id, Consumer<byte[]> out, Runnable closer) {
        this.id = id;
        this.out = out;
        this.closer = closer;
    }

    boolean joined() {
        return lobby != null && playerId != 0 && !left;
    }

    Sc2Api.Status status(Lobby current) {
        if (quit) {
            return Sc2Api.Status.quit;
        }
        if (joined() && lobby.game != null) {
            return lobby.game.isOver() ? Sc2Api.Status.ended : Sc2Api.Status.in_game;
        }
        if (joined() || current != null && current.game == null && current.createdBy == this) {
            return Sc2Api.Status.init_game;
        }
        return Sc2Api.Status.launched;
    }

    @Override
    public String toString() {
        return "connection-" + id;
    }
}
