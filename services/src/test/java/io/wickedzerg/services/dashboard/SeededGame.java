package io.wickedzerg.services.dashboard;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A game's telemetry as the bot's TelemetryLogger sends it (a {@code sample} with minerals, gas,
 * supply_used, supply_cap, workers, army_supply and army_count every 22 loops, and events), built
 * from known numbers so a test can say exactly which points each chart must hold.
 */
final class SeededGame {

    /** One event the test expects on the events chart: its game time and kind. */
    record Event(long gameLoop, String kind, Map<String, Object> fields) {

        double seconds() {
            return gameLoop / 22.4;
        }
    }

    private final ObjectMapper json = new ObjectMapper();
    private final String runId;
    private final String gameId;
    private final int samples;
    private final List<Event> events = new ArrayList<>();
    private long seq;

    SeededGame(String runId, String gameId, int samples) {
        this.runId = runId;
        this.gameId = gameId;
        this.samples = samples;
    }

    String gameId() {
        return gameId;
    }

    static long loop(int sample) {
        return 22L * (sample + 1);
    }

    /** The sample fields of sample {@code i}, distinct per series so a mixed-up column shows. */
    static Map<String, Object> sample(int i) {
        return Map.of("minerals", 50 + 25 * i, "gas", 8 * i, "supply_used", 12 + i, "supply_cap", 14 + 8 * (i / 5),
                "workers", 12 + i / 2, "army_supply", 2 * (i / 3), "army_count", i / 3);
    }

    SeededGame event(long gameLoop, String kind, Map<String, Object> fields) {
        events.add(new Event(gameLoop, kind, fields));
        return this;
    }

    List<Event> events() {
        return List.copyOf(events);
    }

    /** The expected x values of every sample chart. */
    List<Double> sampleSeconds() {
        List<Double> t = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            t.add(loop(i) / 22.4);
        }
        return t;
    }

    /** The expected values of one sample field, in sample order. */
    List<Double> column(String field) {
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            values.add(((Number) sample(i).get(field)).doubleValue());
        }
        return values;
    }

    /** Every sample and event as one batch, in seq order (events after the samples, as retries can deliver them). */
    String batch() {
        ObjectNode batch = json.createObjectNode();
        batch.put("run_id", runId);
        batch.put("batch_id", runId + "-" + gameId + "-all");
        ArrayNode list = batch.putArray("events");
        for (int i = 0; i < samples; i++) {
            add(list, loop(i), "sample", sample(i));
        }
        events.forEach(e -> add(list, e.gameLoop(), e.kind(), e.fields()));
        return batch.toString();
    }

    /** One more event in a batch of its own, as a bot sends it during the game. */
    String later(long gameLoop, String kind, Map<String, Object> fields) {
        events.add(new Event(gameLoop, kind, fields));
        ObjectNode batch = json.createObjectNode();
        batch.put("run_id", runId);
        batch.put("batch_id", runId + "-" + gameId + "-" + (seq + 1));
        add(batch.putArray("events"), gameLoop, kind, fields);
        return batch.toString();
    }

    private void add(ArrayNode list, long gameLoop, String kind, Map<String, Object> fields) {
        ObjectNode event = list.addObject();
        event.put("run_id", runId);
        event.put("seq", ++seq);
        event.put("game_id", gameId);
        event.put("game_loop", gameLoop);
        event.put("kind", kind);
        fields.forEach((k, v) -> event.set(k, json.valueToTree(v)));
    }
}
