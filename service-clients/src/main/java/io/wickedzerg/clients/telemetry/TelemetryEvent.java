package io.wickedzerg.clients.telemetry;

import java.util.Map;

/**
 * One telemetry record from the game thread. The client adds {@code run_id} and a per-run
 * {@code seq} when it accepts the event; serialization happens later, on the worker thread, so the
 * fields are copied here (shallowly, in their order) and the event cannot change after it is made.
 *
 * @param gameId   the game this event belongs to
 * @param gameLoop the game loop it describes
 * @param kind     "sample", "unit_lost", "structure_finished", "attack_started", "game_end", ...
 * @param fields   the event's values (numbers, strings, booleans, nested maps/lists of those); null
 *                 means none. Nested maps and lists are not copied: do not change them after sending.
 */
public record TelemetryEvent(String gameId, long gameLoop, String kind, Map<String, Object> fields) {

    public TelemetryEvent {
        fields = EventFields.freeze(fields);
    }
}
