package io.wickedzerg.services.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/** A request body that must be one JSON object, refused with a 400 naming the body otherwise. */
public final class JsonBodies {

    private JsonBodies() {
    }

    /** @param fields what the object holds, for the error: "name, url, instance_id, ttl_seconds" */
    public static JsonNode object(ObjectMapper json, byte[] body, String fields) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("body", "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw ApiError.badRequest("body", "could not be read: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw ApiError.badRequest("body", "must be a JSON object with " + fields);
        }
        return root;
    }
}
