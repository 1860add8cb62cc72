package io.wickedzerg.services.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wickedzerg.services.http.ApiError;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

/**
 * One game's charts: its {@code sample} events as columns over game seconds (the fields the bot's
 * TelemetryLogger writes: minerals, gas, supply_used, supply_cap, workers, army_supply, army_count),
 * and its other events (unit_lost, structure_finished, attack_started, game_end, ...) on the same
 * time axis, each with a short label. The telemetry client counters a bot reports in its
 * {@code game_end} ({@code telemetry_*} fields) come along as {@code client}.
 */
public final class GameDetail {

    /** The sample fields charted, in the order the page's series use. */
    public static final List<String> SAMPLE_FIELDS = List.of("minerals", "gas", "supply_used", "supply_cap", "workers",
            "army_supply", "army_count");
    private static final Pattern GAME_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private final Directory directory;

    public GameDetail(Directory directory) {
        this.directory = directory;
    }

    public ObjectNode game(String gameId) {
        if (!GAME_ID.matcher(gameId).matches()) {
            throw ApiError.badRequest("id", "is not a game id (1-128 of A-Z a-z 0-9 . _ : -)");
        }
        String path = "/api/games/" + URLEncoder.encode(gameId, StandardCharsets.UTF_8);
        CompletableFuture<Fetched> game = directory.telemetryJson(path);
        CompletableFuture<Fetched> samples = directory.telemetryJson(path + "/telemetry?kind=sample&fields="
                + String.join(",", SAMPLE_FIELDS));
        CompletableFuture<Fetched> events = directory.telemetryJson(path + "/events");
        if (game.join().status() == 404) {
            throw ApiError.notFound("id", "no game '" + gameId + "'");
        }
        for (Fetched answer : List.of(game.join(), samples.join(), events.join())) {
            if (!answer.ok()) {
                return Unavailable.of(directory.json(), answer.problem());
            }
        }
        ObjectNode body = directory.json().mapper().createObjectNode();
        body.put("available", true);
        body.set("game", game.join().body());
        body.set("samples", columns(samples.join().body().path("events")));
        JsonNode eventList = events.join().body().path("events");
        body.set("events", events(eventList));
        body.set("client", clientCounters(eventList));
        return body;
    }

    /** {@code {"t":[seconds...],"minerals":[...],...}}: uPlot's aligned columns; a field a sample lacks is null. */
    private ObjectNode columns(JsonNode samples) {
        ObjectNode columns = directory.json().mapper().createObjectNode();
        ArrayNode t = columns.putArray("t");
        SAMPLE_FIELDS.forEach(columns::putArray);
        for (JsonNode sample : samples) {
            t.add(sample.path("game_loop").asLong() / GamesView.LOOPS_PER_SECOND);
            for (String field : SAMPLE_FIELDS) {
                JsonNode value = sample.get(field);
                ((ArrayNode) columns.get(field)).add(value != null && value.isNumber() ? value : null);
            }
        }
        return columns;
    }

    private ArrayNode events(JsonNode events) {
        ArrayNode list = directory.json().mapper().createArrayNode();
        for (JsonNode event : events) {
            ObjectNode row = list.addObject();
            row.put("t", event.path("game_loop").asLong() / GamesView.LOOPS_PER_SECOND);
            row.put("game_loop", event.path("game_loop").asLong());
            row.put("seq", event.path("seq").asLong());
            row.put("kind", event.path("kind").asText());
            row.put("label", label(event));
        }
        return list;
    }

    private static String label(JsonNode event) {
        return switch (event.path("kind").asText()) {
            case "unit_lost", "structure_finished" -> event.path("type").asText("");
            case "attack_started", "retreat" -> "army supply " + event.path("army_supply").asText("?");
            case "game_start" -> event.path("opponent").asText("?") + " on " + event.path("map").asText("?");
            case "game_end" -> event.path("result").asText("?");
            default -> "";
        };
    }

    /** The {@code telemetry_*} fields of the game's last {@code game_end}, without the prefix; empty when none. */
    private ObjectNode clientCounters(JsonNode events) {
        ObjectNode counters = directory.json().mapper().createObjectNode();
        for (JsonNode event : events) {
            if (event.path("kind").asText().equals("game_end")) {
                counters.removeAll();
                for (Iterator<Map.Entry<String, JsonNode>> it = event.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    if (field.getKey().startsWith("telemetry_")) {
                        counters.set(field.getKey().substring("telemetry_".length()), field.getValue());
                    }
                }
            }
        }
        return counters;
    }
}
