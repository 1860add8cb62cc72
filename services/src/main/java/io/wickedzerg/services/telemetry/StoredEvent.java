package io.wickedzerg.services.telemetry;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One telemetry event as stored: the wire contract's keys, and every other field kept as a JSON
 * object.
 *
 * @param fields the event's other fields (not shared; the parser made it)
 */
public record StoredEvent(String runId, long seq, String gameId, long gameLoop, String kind, ObjectNode fields) {

    String text(String field) {
        var node = fields.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }
}
