package io.wickedzerg.services.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads another service's JSON answer; a body that is not JSON is an IllegalArgumentException saying so. */
public final class JsonReader {

    private final ObjectMapper json;

    public JsonReader(ObjectMapper json) {
        this.json = json;
    }

    public JsonNode read(String body) {
        try {
            JsonNode node = json.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw new IllegalArgumentException("answered an empty body instead of JSON");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("answered something that is not JSON: " + e.getOriginalMessage());
        }
    }

    public ObjectMapper mapper() {
        return json;
    }
}
