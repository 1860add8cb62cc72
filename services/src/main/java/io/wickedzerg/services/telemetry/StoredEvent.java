package io.wickedzerg.services.telemetry;

import java.util.Map;

/**
 * One telemetry event as stored: the wire contract's keys, and every other field kept as the text
 * of one JSON object.
 *
 * @param fieldsJson the event's other fields as a JSON object
 * @param texts      those of its other fields at the top level that are strings (the game's opponent,
 *                   map and result, a log line's message), so nobody parses {@code fieldsJson} again
 */
public record StoredEvent(String runId, long seq, String gameId, long gameLoop, String kind, String fieldsJson,
                          Map<String, String> texts) {

    public StoredEvent {
        texts = Map.copyOf(texts);
    }

    String text(String field) {
        return texts.get(field);
    }
}
