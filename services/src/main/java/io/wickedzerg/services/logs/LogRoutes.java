package io.wickedzerg.services.logs;

import io.wickedzerg.services.http.WireIds;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.wickedzerg.services.http.ApiError;
import io.wickedzerg.services.http.JsonBodies;
import io.wickedzerg.services.http.QueryParams;
import io.wickedzerg.services.http.RequestBodies;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code POST /api/logs}: WARN/ERROR lines shipped by a service ({@code {"source","service",
 * "lines":[{"seq","time","level","logger","message","error","thread"}]}}, idempotent on
 * {@code (source, seq)}); {@code GET /api/logs?service=&level=&since=&limit=} reads them back.
 */
public final class LogRoutes {

    private static final Pattern NAME = WireIds.ID;
    private static final int MAX_LINES = 1000;

    private final LogStore store;
    private final RequestBodies bodies;
    private final ObjectMapper json;
    private final int maxFieldChars;

    public LogRoutes(LogStore store, RequestBodies bodies, ObjectMapper json, int maxFieldChars) {
        this.store = store;
        this.bodies = bodies;
        this.json = json;
        this.maxFieldChars = maxFieldChars;
    }

    public void register(RoutesConfig routes) {
        routes.post("/api/logs", this::receive);
        routes.get("/api/logs", this::query);
    }

    private void receive(Context ctx) throws SQLException {
        JsonNode root = parse(bodies.read(ctx));
        String source = name(root.get("source"), "source");
        String service = name(root.get("service"), "service");
        JsonNode lines = root.get("lines");
        if (lines == null || !lines.isArray()) {
            throw ApiError.badRequest("lines", lines == null ? "is required" : "must be an array");
        }
        if (lines.size() > MAX_LINES) {
            throw ApiError.tooLarge("lines", lines.size() + " lines is over the limit of " + MAX_LINES);
        }
        List<LogLine> parsed = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            parsed.add(line(lines.get(i), "lines[" + i + "]", source, service));
        }
        int inserted = store.insert(parsed);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("received", parsed.size());
        body.put("new", inserted);
        body.put("duplicates", parsed.size() - inserted);
        ctx.json(body);
    }

    private JsonNode parse(byte[] body) {
        return JsonBodies.object(json, body, "source, service and lines");
    }

    private LogLine line(JsonNode node, String path, String source, String service) {
        if (node == null || !node.isObject()) {
            throw ApiError.badRequest(path, "must be an object");
        }
        JsonNode seq = node.get("seq");
        if (seq == null || !seq.canConvertToExactIntegral() || seq.isTextual() || seq.asLong() < 0) {
            throw ApiError.badRequest(path + ".seq", "must be a whole number >= 0");
        }
        String level = text(node, path, "level", true).toUpperCase(java.util.Locale.ROOT);
        if (!level.equals("WARN") && !level.equals("ERROR")) {
            throw ApiError.badRequest(path + ".level", "'" + level + "' is not allowed; allowed: WARN, ERROR");
        }
        long time;
        try {
            time = Instant.parse(text(node, path, "time", true)).toEpochMilli();
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest(path + ".time", "must be an ISO-8601 instant, e.g. 2026-12-02T10:15:30Z");
        }
        return new LogLine(source, seq.asLong(), service, level, clip(text(node, path, "logger", true), 256),
                text(node, path, "message", true), text(node, path, "error", false),
                clip(text(node, path, "thread", false), 128), time);
    }

    private String text(JsonNode node, String path, String field, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw ApiError.badRequest(path + "." + field, "is required");
            }
            return null;
        }
        if (!value.isTextual()) {
            throw ApiError.badRequest(path + "." + field, "must be a string");
        }
        if (value.textValue().length() > maxFieldChars) {
            throw ApiError.badRequest(path + "." + field, "is over the limit of " + maxFieldChars
                    + " characters (max_field_chars)");
        }
        return value.textValue();
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private static String name(JsonNode node, String field) {
        if (node == null || !node.isTextual() || !NAME.matcher(node.textValue()).matches()) {
            throw ApiError.badRequest(field, node == null ? "is required"
                    : "must be 1-128 of A-Z a-z 0-9 . _ : -, starting with a letter or digit");
        }
        return node.textValue();
    }

    private void query(Context ctx) throws SQLException {
        String service = ctx.queryParam("service");
        if (service != null && !NAME.matcher(service).matches()) {
            throw ApiError.badRequest("service", "is not a service name (1-128 of A-Z a-z 0-9 . _ : -)");
        }
        String level = QueryParams.oneOf(ctx, "level", "WARN", "WARN", "ERROR");
        long since = since(ctx.queryParam("since"));
        int limit = (int) QueryParams.wholeNumber(ctx, "limit", 500, 1, 10_000);
        List<Map<String, Object>> lines = store.query(service, level, since, limit).stream().map(LogRoutes::row)
                .toList();
        ctx.json(Map.of("lines", lines));
    }

    private static long since(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        try {
            return Instant.parse(text).toEpochMilli();
        } catch (DateTimeParseException e) {
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException notMillis) {
                throw ApiError.badRequest("since", "must be an ISO-8601 instant (2026-12-02T10:15:30Z) or epoch ms");
            }
        }
    }

    private static Map<String, Object> row(LogLine line) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("time", Instant.ofEpochMilli(line.timeMs()).toString());
        row.put("service", line.service());
        row.put("source", line.source());
        row.put("seq", line.seq());
        row.put("level", line.level());
        row.put("logger", line.logger());
        row.put("message", line.message());
        row.put("error", line.error());
        row.put("thread", line.thread());
        return row;
    }
}
