package io.wickedzerg.sim.server;

import SC2APIProtocol.Sc2Api;
import io.wickedzerg.sim.data.Race;
import io.wickedzerg.sim.engine.Difficulty;
import io.wickedzerg.sim.engine.Game;
import io.wickedzerg.sim.map.GameMap;
import io.wickedzerg.sim.replay.ReplayRecorder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A created game: its map and seats, the sessions that joined, and, once every participant seat is
 * taken, the running {@link Game}. Participants step in lock step: the game advances to the lowest loop
 * every participant has asked for.
 */
final class Lobby {
    /** A seat as create_game described it (a computer's race as asked, maybe Random); participants get theirs when they join. */
    record Seat(int playerId, boolean computer, Race race, Difficulty difficulty, String name) {
    }

    /** A join answered once every participant seat is taken. */
    record PendingJoin(Session session, Sc2Api.Request request) {
    }

    /** A step request waiting for the other participants. */
    record PendingStep(long targetLoop, Sc2Api.Request request) {
    }

    final GameMap map;
    final List<Seat> seats;
    final boolean realtime;
    final long seed;
    final Session createdBy;
    final Map<Integer, Session> joined = new LinkedHashMap<>();
    /** The races the participants asked for in join_game, maybe Random; drawn when the game starts. */
    final Map<Integer, Race> joinedRaces = new LinkedHashMap<>();
    final List<PendingJoin> pendingJoins = new ArrayList<>();
    final Map<Session, PendingStep> pendingSteps = new LinkedHashMap<>();
    Game game;
    /** Records the game from its start; {@link GameHost} archives it once, when it ends. */
    ReplayRecorder recorder;
    boolean archived;
    long startNanos;

    Lobby(GameMap map, List<Seat> seats, boolean realtime, long seed, Session createdBy) {
        this.map = map;
        this.seats = List.copyOf(seats);
        this.realtime = realtime;
        this.seed = seed;
        this.createdBy = createdBy;
    }

    List<Seat> participantSeats() {
        return seats.stream().filter(s -> !s.computer()).toList();
    }

    /**
     * The seat a join takes: the first free participant seat, except that the first one is kept for the client that
     * created the game until it joins. In the real game the host's own client joins the game its process created
     * before another client's process can reach it, so the host is player 1; here another client's join can come
     * first (one that waited for the game), and would otherwise take the host's seat.
     */
    Optional<Seat> seatFor(Session s) {
        List<Seat> free = participantSeats().stream().filter(x -> !joined.containsKey(x.playerId())).toList();
        boolean keepForHost = createdBy != null && s != createdBy && !joined.containsValue(createdBy) && free.size() > 1;
        return free.stream().skip(keepForHost ? 1 : 0).findFirst();
    }

    boolean full() {
        return joined.size() == participantSeats().size();
    }

    boolean finishedOrAbandoned() {
        return game != null && (game.isOver() || joined.values().stream().allMatch(s -> s.left || s.quit));
    }
}
