package io.wickedzerg.services.telemetry;

import io.wickedzerg.services.http.WireIds;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.wickedzerg.services.http.ApiError;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Run and game ids: 1-128 of A-Z a-z 0-9 . _ : -, starting with a letter or digit. One instance per
 * batch remembers the last run and game id it accepted: a batch repeats them in every event, and the
 * check then costs one comparison instead of a regular expression.
 */
final class Ids {

    static final Pattern ID = WireIds.ID;
    private static final String RULE = "must be a string of 1-128 of A-Z a-z 0-9 . _ : -, starting with a letter or digit";

    private String lastRunId;
    private String lastGameId;

    /** The id at the parser's current token, as {@code events[index].name}. */
    String check(JsonParser p, int index, String name) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            String last = name.equals("run_id") ? lastRunId : lastGameId;
            if (last != null && sameText(p, last)) {
                return last;
            }
        }
        String id = required(p, TelemetryBatchParser.path(index, name));
        if (name.equals("run_id")) {
            lastRunId = id;
        } else {
            lastGameId = id;
        }
        return id;
    }

    /** The id at the parser's current token, reported as {@code path} when it is not one. */
    static String required(JsonParser p, String path) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            throw ApiError.badRequest(path, "is required");
        }
        if (token != JsonToken.VALUE_STRING || !ID.matcher(p.getText()).matches()) {
            throw ApiError.badRequest(path, RULE);
        }
        return p.getText();
    }

    static boolean isId(String text) {
        return ID.matcher(text).matches();
    }

    private static boolean sameText(JsonParser p, String last) throws IOException {
        int length = p.getTextLength();
        if (length != last.length()) {
            return false;
        }
        char[] chars = p.getTextCharacters();
        int offset = p.getTextOffset();
        for (int i = 0; i < length; i++) {
            if (chars[offset + i] != last.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
