package io.wickedzerg.app.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

/** What the telemetry and learning services hold, read over their HTTP APIs. */
final class ServiceQueries {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final ObjectMapper json = new ObjectMapper();

    /**
     * Events the telemetry service stored for a run, over every game of the run ({@code game_id} "none" included:
     * log lines shipped between games).
     *
     * @param rows     rows stored for the run (the games' {@code event_count}s added up)
     * @param distinct different {@code (run_id, seq)} among the run's events as the service lists them
     */
    record StoredTelemetry(long rows, long distinct) {
        long duplicates() {
            return rows - distinct;
        }
    }

    StoredTelemetry telemetry(URI telemetry, String runId) throws IOException, InterruptedException {
        long rows = 0;
        Set<Long> seqs = new HashSet<>();
        long listed = 0;
        for (JsonNode game : get(telemetry, "/api/games?limit=1000").path("games")) {
            if (!game.path("run_id").asText().equals(runId)) {
                continue;
            }
            rows += game.path("event_count").asLong();
            JsonNode events = get(telemetry, "/api/games/" + URLEncoder.encode(game.path("game_id").asText(),
                    StandardCharsets.UTF_8) + "/telemetry?limit=1000000").path("events");
            for (JsonNode event : events) {
                if (event.path("run_id").asText().equals(runId)) {
                    seqs.add(event.path("seq").asLong());
                    listed++;
                }
            }
        }
        // a listed row the count does not show (or the other way round) is a duplicate as much as a repeated seq
        return new StoredTelemetry(Math.max(rows, listed), seqs.size());
    }

    /** True when the learning service holds the game's result ({@code GET /api/training/{run_id}/{game_id}}). */
    boolean resultStored(URI learning, String runId, String gameId) throws IOException, InterruptedException {
        return status(learning, "/api/training/" + URLEncoder.encode(runId, StandardCharsets.UTF_8) + "/"
                + URLEncoder.encode(gameId, StandardCharsets.UTF_8)) == 200;
    }

    /** {@code GET /health} answers 200; false when it answers otherwise or not at all. */
    boolean healthy(URI service) throws InterruptedException {
        try {
            return status(service, "/health") == 200;
        } catch (IOException notUp) {
            return false;
        }
    }

    private int status(URI base, String path) throws IOException, InterruptedException {
        return http.send(request(base, path), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private JsonNode get(URI base, String path) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(request(base, path), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IOException("GET " + base + path + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return json.readTree(answer.body());
    }

    private static HttpRequest request(URI base, String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT).GET().build();
    }
}
