package io.wickedzerg.services.telemetry;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.wickedzerg.services.http.ApiError;
import java.io.IOException;

/** Event kinds: lower-case names like {@code sample} or {@code unit_lost}, checked without a regular expression. */
final class Kinds {

    private static final int MAX_CHARS = 64;

    private Kinds() {
    }

    /** The kind at the parser's current token, as {@code events[index].name}. */
    static String check(JsonParser p, int index, String name) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            throw ApiError.badRequest(TelemetryBatchParser.path(index, name), "is required");
        }
        if (token != JsonToken.VALUE_STRING || !isKind(p.getText())) {
            throw ApiError.badRequest(TelemetryBatchParser.path(index, name), "must be a lower-case name like sample or unit_lost (a-z, 0-9, _; at most "
                    + MAX_CHARS + ")");
        }
        return p.getText();
    }

    static boolean isKind(String text) {
        if (text.isEmpty() || text.length() > MAX_CHARS || !isLower(text.charAt(0))) {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isLower(c) && !(c >= '0' && c <= '9') && c != '_') {
                return false;
            }
        }
        return true;
    }

    private static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }
}
