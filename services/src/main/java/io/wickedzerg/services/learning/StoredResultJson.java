package io.wickedzerg.services.learning;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** A stored result in the names {@code POST /api/training} takes, with where it was booked. */
final class StoredResultJson {

    private StoredResultJson() {
    }

    static Map<String, Object> of(StoredResult stored, Map<String, Object> booking) {
        TrainingResult r = stored.result();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("run_id", r.runId());
        body.put("game_id", r.gameId());
        body.put("instance_id", r.instanceId());
        body.put("game_result", gameSpelling(r.result().name()));
        body.put("game_time", r.gameTime());
        body.put("build_order_score", r.buildOrderScore());
        body.put("loss_reason", r.lossReason());
        body.put("parameters_updated", r.parametersUpdated());
        body.put("parameters", new TreeMap<>(r.parameters()));
        body.put("model_version", r.modelVersion());
        body.put("build_order", r.buildOrder());
        body.put("opponent", r.opponent().label());
        body.put("opponent_race", r.opponent().race());
        body.put("opponent_difficulty", r.opponent().difficulty());
        body.put("opponent_id", r.opponent().id());
        body.put("map", r.map());
        body.put("killed_value", r.killedValue());
        body.put("lost_value", r.lostValue());
        body.put("received", Instant.ofEpochMilli(stored.receivedMs()).toString());
        body.put("booking", booking);
        return body;
    }

    /** VICTORY as the game spells it: Victory. */
    private static String gameSpelling(String name) {
        return name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
