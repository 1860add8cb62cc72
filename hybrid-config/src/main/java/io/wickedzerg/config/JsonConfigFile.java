package io.wickedzerg.config;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Collectors;

/** The JSON config file: a flat object of snake_case keys, as the original design wrote it. */
final class JsonConfigFile {

    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder().build()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION))
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final String display;
    private final Path path;

    JsonConfigFile(String display, Path path) {
        this.display = display;
        this.path = path;
    }

    void applyTo(HybridConfig.Builder builder) {
        String text = read();
        JsonNode root = parse(text);
        Map<String, JsonLocation> keyLocations = keyLocations(text);
        Source source = Source.file(display);
        Iterator<Map.Entry<String, JsonNode>> fields = root.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String where = display + where(keyLocations.get(field.getKey())) + ": key \"" + field.getKey() + "\"";
            Setting setting = Setting.byJsonKey(field.getKey())
                    .orElseThrow(() -> new ConfigException(where + " is not a known setting" + suggestion(field.getKey())));
            if (setting == Setting.API_KEY && field.getValue().isNull()) {
                continue;
            }
            try {
                builder.put(setting, setting.type().fromJson(field.getValue()), source);
            } catch (ValueType.InvalidValue e) {
                throw new ConfigException(where + ": " + e.getMessage());
            }
        }
    }

    private String read() {
        try {
            return Files.readString(path);
        } catch (IOException | SecurityException e) {
            throw new ConfigException(display + ": cannot read the config file (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
        }
    }

    private JsonNode parse(String text) {
        if (text.isBlank()) {
            throw new ConfigException(display + ": the file is empty; expected a JSON object such as {\"mode\": \"local\"}");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new ConfigException(display + where(e.getLocation()) + ": malformed JSON: " + e.getOriginalMessage(), e);
        }
        if (!root.isObject()) {
            throw new ConfigException(display + ": expected a JSON object of settings, got " + root.getNodeType()
                    .name().toLowerCase(java.util.Locale.ROOT));
        }
        return root;
    }

    /** Where each top-level key stands, so a bad value can be pointed at. */
    private static Map<String, JsonLocation> keyLocations(String text) {
        Map<String, JsonLocation> locations = new HashMap<>();
        try (JsonParser parser = MAPPER.getFactory().createParser(text)) {
            int depth = 0;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token.isStructStart()) {
                    depth++;
                } else if (token.isStructEnd()) {
                    depth--;
                } else if (token == JsonToken.FIELD_NAME && depth == 1) {
                    locations.put(parser.currentName(), parser.currentTokenLocation());
                }
            }
        } catch (IOException e) {
            // Already parsed once successfully; locations are only a nicety.
        }
        return locations;
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 1
                ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static String suggestion(String key) {
        String known = Arrays.stream(Setting.values()).map(Setting::jsonKey).collect(Collectors.joining(", "));
        return Arrays.stream(Setting.values())
                .map(Setting::jsonKey)
                .min(Comparator.comparingInt(candidate -> EditDistance.between(key, candidate)))
                .filter(best -> EditDistance.between(key, best) <= Math.max(2, key.length() / 3))
                .map(best -> "; did you mean \"" + best + "\"? Known keys: " + known)
                .orElse("; known keys: " + known);
    }
}
