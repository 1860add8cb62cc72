package io.wickedzerg.bot.strategy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The first check of every strategy file a person writes: JSON, and an object at the top. */
final class StrategyJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StrategyJson() {
    }

    /** @param expected what the top-level object holds, for the message (e.g. {@code "build_order" and "parameters"}) */
    static JsonNode object(String where, String text, String expected) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new StrategyException(where + ": not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new StrategyException(where + ": expected an object with " + expected);
        }
        return root;
    }
}
