package io.wickedzerg.services.registry;

import io.wickedzerg.services.http.WireIds;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wickedzerg.services.http.ApiError;
import io.wickedzerg.services.http.JsonBodies;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Checks {@code {"name","url","instance_id","ttl_seconds","metadata":{...,"load"}}}, naming the field at fault. */
final class RegistrationParser {

    static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    static final Pattern INSTANCE = WireIds.ID;
    static final int MAX_TTL_SECONDS = 3600;
    private static final int MAX_METADATA = 32;

    private final ObjectMapper json;
    private final int maxFieldChars;

    RegistrationParser(ObjectMapper json, int maxFieldChars) {
        this.json = json;
        this.maxFieldChars = maxFieldChars;
    }

    /** The registration without times; the store stamps them. */
    Registration parse(byte[] body) {
        JsonNode root = JsonBodies.object(json, body, "name, url, instance_id, ttl_seconds");
        String name = matching(root, "name", NAME, "1-64 of A-Z a-z 0-9 . _ -, starting with a letter or digit");
        String instance = matching(root, "instance_id", INSTANCE,
                "1-128 of A-Z a-z 0-9 . _ : -, starting with a letter or digit");
        String url = url(root.get("url"));
        JsonNode ttl = root.get("ttl_seconds");
        if (ttl == null || !ttl.canConvertToExactIntegral() || ttl.isTextual() || ttl.asLong() < 1
                || ttl.asLong() > MAX_TTL_SECONDS) {
            throw ApiError.badRequest("ttl_seconds", "must be a whole number 1-" + MAX_TTL_SECONDS);
        }
        Map<String, String> metadata = metadata(root.get("metadata"));
        double load = load(metadata.get("load"));
        return new Registration(name, instance, url, ttl.asInt(), metadata, load, 0, 0, 0);
    }

    private String matching(JsonNode root, String field, Pattern pattern, String allowed) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            throw ApiError.badRequest(field, "is required");
        }
        if (!node.isTextual() || !pattern.matcher(node.textValue()).matches()) {
            throw ApiError.badRequest(field, "must be " + allowed);
        }
        return node.textValue();
    }

    private String url(JsonNode node) {
        if (node == null || !node.isTextual()) {
            throw ApiError.badRequest("url", node == null ? "is required" : "must be a string");
        }
        String text = node.textValue();
        if (text.length() > 2048) {
            throw ApiError.badRequest("url", "is longer than 2048 characters");
        }
        try {
            URI uri = new URI(text);
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw ApiError.badRequest("url", "must be an absolute URL with a host, e.g. http://host:8001");
            }
        } catch (URISyntaxException e) {
            throw ApiError.badRequest("url", "is not a URL: " + e.getReason());
        }
        return text;
    }

    private Map<String, String> metadata(JsonNode node) {
        Map<String, String> metadata = new TreeMap<>();
        if (node == null || node.isNull()) {
            return metadata;
        }
        if (!node.isObject()) {
            throw ApiError.badRequest("metadata", "must be an object of names to values");
        }
        if (node.size() > MAX_METADATA) {
            throw ApiError.badRequest("metadata", "has more than " + MAX_METADATA + " entries");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String key = entry.getKey();
            JsonNode value = entry.getValue();
            if (!NAME.matcher(key).matches()) {
                throw ApiError.badRequest("metadata", "key '" + clip(key) + "' is not a name (A-Z a-z 0-9 . _ -)");
            }
            if (!value.isValueNode() || value.isNull()) {
                throw ApiError.badRequest("metadata." + key, "must be a string, a number or a boolean");
            }
            if (value.asText().length() > maxFieldChars) {
                throw ApiError.badRequest("metadata." + key, "is over the limit of " + maxFieldChars + " characters");
            }
            metadata.put(key, value.asText());
        }
        return metadata;
    }

    private static double load(String text) {
        if (text == null) {
            return 0;
        }
        try {
            double load = Double.parseDouble(text);
            if (Double.isFinite(load) && load >= 0) {
                return load;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw ApiError.badRequest("metadata.load", "must be a number >= 0");
    }

    private static String clip(String text) {
        return text.length() > 64 ? text.substring(0, 64) + "…" : text;
    }
}
