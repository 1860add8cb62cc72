package io.wickedzerg.services.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The games panel: the telemetry service's {@code GET /api/games}, split into live games (no result
 * yet and telemetry within the live window) and the others (finished, or silent since), each with
 * its game time in seconds.
 */
public final class GamesView {

    /** Game loops per game second at "faster" speed, as the bot counts them. */
    static final double LOOPS_PER_SECOND = 22.4;

    private final Directory directory;
    private final Clock clock;

    public GamesView(Directory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    /** {@code {"available":true,"live":[...],"finished":[...]}}, or {@code {"available":false,"problem":...}}. */
    public ObjectNode list() {
        Fetched answer = directory.telemetryJson("/api/games?limit=100").join();
        if (!answer.ok()) {
            return Unavailable.of(directory.json(), answer.problem());
        }
        JsonNode games = answer.body().path("games");
        ObjectNode body = directory.json().mapper().createObjectNode();
        body.put("available", true);
        ArrayNode live = body.putArray("live");
        ArrayNode finished = body.putArray("finished");
        Instant now = clock.instant();
        Duration window = directory.settings().liveWindow();
        for (JsonNode game : games) {
            ObjectNode row = ((ObjectNode) game).deepCopy();
            Instant lastSeen = instant(game.path("last_seen").asText(""));
            double silent = lastSeen == null ? Double.NaN : Duration.between(lastSeen, now).toMillis() / 1000.0;
            boolean isLive = game.path("result").isNull() && lastSeen != null && silent <= window.toMillis() / 1000.0;
            row.put("live", isLive);
            row.put("game_seconds", game.path("last_loop").asLong() / LOOPS_PER_SECOND);
            row.put("silent_seconds", Double.isNaN(silent) ? null : Math.max(0, silent));
            (isLive ? live : finished).add(row);
        }
        return body;
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
