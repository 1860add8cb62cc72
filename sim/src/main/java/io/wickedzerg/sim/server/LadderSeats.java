package io.wickedzerg.sim.server;

import java.util.List;

/**
 * The seats of a game a ladder-mode server creates itself: one participant against the configured computer, or,
 * bot against bot, two participants. Participants take the seats in the order their join_game arrives, so the
 * first bot to join is player 1.
 */
final class LadderSeats {
    private LadderSeats() {
    }

    static List<Lobby.Seat> of(SimServerOptions options) {
        if (options.ladderBotVsBot()) {
            return List.of(new Lobby.Seat(1, false, null, null, "player1"), new Lobby.Seat(2, false, null, null, "player2"));
        }
        SimServerOptions.LadderOpponent opponent = options.ladderOpponent().orElseThrow(
                () -> new IllegalStateException("not a ladder-mode server: no seats to pre-create"));
        return List.of(new Lobby.Seat(1, false, null, null, "player"),
                new Lobby.Seat(2, true, opponent.race(), opponent.difficulty(), "Computer " + opponent.difficulty().label()));
    }

    /** "2 bots" or "Zerg Easy", for the log. */
    static String describe(SimServerOptions options) {
        return options.ladderOpponent().map(o -> o.race() + " " + o.difficulty().label()).orElse("2 bots");
    }
}
