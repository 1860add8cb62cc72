package io.wickedzerg.services.http;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/** Query parameters read with a 400 naming the parameter and what it allows. */
public final class QueryParams {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_]{1,64}");

    private QueryParams() {
    }

    public static long wholeNumber(Context ctx, String name, long fallback, long min, long max) {
        String text = ctx.queryParam(name);
        if (text == null || text.isEmpty()) {
            return fallback;
        }
        try {
            long value = Long.parseLong(text.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below with what is allowed
        }
        throw ApiError.badRequest(name, "'" + clip(text) + "' is not allowed; use a whole number " + min + "-" + max);
    }

    /** A comma-separated list of names, e.g. {@code fields=minerals,gas}; empty when absent. */
    public static Set<String> names(Context ctx, String name) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        Set<String> names = new LinkedHashSet<>();
        for (String part : text.split(",")) {
            String trimmed = part.trim();
            if (!NAME.matcher(trimmed).matches()) {
                throw ApiError.badRequest(name, "'" + clip(trimmed) + "' is not a name; use a comma-separated list"
                        + " of A-Z a-z 0-9 _");
            }
            names.add(trimmed);
        }
        if (names.size() > 64) {
            throw ApiError.badRequest(name, "lists more than 64 names");
        }
        return names;
    }

    /** One of the allowed values, case-insensitive, or the fallback when absent. */
    public static String oneOf(Context ctx, String name, String fallback, String... allowed) {
        String text = ctx.queryParam(name);
        if (text == null || text.isEmpty()) {
            return fallback;
        }
        return Arrays.stream(allowed).filter(a -> a.equalsIgnoreCase(text.trim())).findFirst()
                .orElseThrow(() -> ApiError.badRequest(name, "'" + clip(text) + "' is not allowed; allowed: "
                        + String.join(", ", allowed)));
    }

    static String clip(String text) {
        return text.length() > 64 ? text.substring(0, 64) + "…" : text;
    }
}
