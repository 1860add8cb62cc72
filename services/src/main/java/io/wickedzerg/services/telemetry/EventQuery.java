package io.wickedzerg.services.telemetry;

import java.util.Set;

/**
 * Which events of one game to return.
 *
 * @param kinds    only these kinds; empty: every kind
 * @param exclude  never these kinds
 * @param fields   only these fields of each event (besides seq, game_loop, kind); empty: all
 * @param fromLoop first game loop, inclusive
 * @param toLoop   last game loop, inclusive
 * @param limit    at most this many events, in game-loop order
 */
public record EventQuery(Set<String> kinds, Set<String> exclude, Set<String> fields, long fromLoop, long toLoop,
                         int limit) {
}
