package io.wickedzerg.services.dashboard;

import io.wickedzerg.services.http.WireIds;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wickedzerg.services.http.ApiError;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The logs panel: the WARN/ERROR lines services and bots shipped to the telemetry service in the last
 * {@link #WINDOW}, newest first, at most {@link #SHOWN}, of one service and level when asked.
 */
public final class LogsView {

    static final Duration WINDOW = Duration.ofHours(1);
    static final int SHOWN = 200;
    /** The telemetry service answers oldest first up to a limit; this many keeps a busy hour's newest lines. */
    private static final int FETCHED = 5000;
    private static final Pattern SERVICE = WireIds.ID;
    /** Offered in the filter even before they logged anything. */
    private static final List<String> KNOWN = List.of("bot", "dashboard", "learning", "registry", "telemetry");

    private final Directory directory;
    private final Clock clock;

    public LogsView(Directory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * @param service one service's lines, or empty for all
     * @param level   "WARN" for WARN and ERROR, "ERROR" for errors only
     */
    public ObjectNode recent(Optional<String> service, String level) {
        service.ifPresent(name -> {
            if (!SERVICE.matcher(name).matches()) {
                throw ApiError.badRequest("service", "is not a service name (1-128 of A-Z a-z 0-9 . _ : -)");
            }
        });
        long since = clock.instant().minus(WINDOW).toEpochMilli();
        String query = "/api/logs?since=" + since + "&level=" + level + "&limit=" + FETCHED
                + service.map(name -> "&service=" + name).orElse("");
        Fetched answer = directory.telemetryJson(query).join();
        if (!answer.ok()) {
            return Unavailable.of(directory.json(), answer.problem());
        }
        JsonNode lines = answer.body().path("lines");
        List<JsonNode> newestFirst = new ArrayList<>();
        lines.forEach(line -> newestFirst.add(0, line));
        ObjectNode body = directory.json().mapper().createObjectNode();
        body.put("available", true);
        body.put("total", newestFirst.size());
        ArrayNode shown = body.putArray("lines");
        newestFirst.stream().limit(SHOWN).forEach(shown::add);
        TreeSet<String> services = new TreeSet<>(KNOWN);
        newestFirst.forEach(line -> services.add(line.path("service").asText()));
        ArrayNode names = body.putArray("services");
        services.forEach(names::add);
        return body;
    }
}
