package io.wickedzerg.services.dashboard;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A panel's answer when the service behind it cannot be read: the page shows the reason instead of data. */
final class Unavailable {

    private Unavailable() {
    }

    static ObjectNode of(JsonReader json, String problem) {
        ObjectNode body = json.mapper().createObjectNode();
        body.put("available", false);
        body.put("problem", problem);
        return body;
    }
}
