package io.wickedzerg.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.wickedzerg.bot.game.GameReport;
import io.wickedzerg.clients.telemetry.TelemetryMetrics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code --summary-json}: the facts of every game for scripts and CI. */
final class SummaryJson {

    private SummaryJson() {
    }

    static Map<String, Object> of(String runId, List<GameReport> reports, TelemetryMetrics finalTelemetry) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("run_id", runId);
        List<Map<String, Object>> games = new ArrayList<>();
        for (GameReport r : reports) {
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("game_id", r.gameId());
            g.put("result", r.result());
            g.put("opponent", r.opponent());
            g.put("map", r.map());
            g.put("seed", r.seed());
            g.put("game_loops", r.gameLoops());
            g.put("game_seconds", r.gameSeconds());
            g.put("wall_seconds", r.wallSeconds());
            g.put("step_time_ms", Map.of("p50", r.stepTimes().p50Ms(), "p99", r.stepTimes().p99Ms(),
                    "max", r.stepTimes().maxMs()));
            g.put("slowest_manager", r.stepTimes().slowestManager());
            g.put("manager_failures", r.stepTimes().failures());
            g.put("build_order", r.buildOrder());
            g.put("build_order_score", r.buildOrderScore());
            g.put("loss_reason", r.lossReason());
            g.put("model_version", r.modelVersion());
            g.put("parameters_updated", r.parametersUpdated());
            g.put("telemetry", telemetry(r.telemetry()));
            g.put("telemetry_to", r.telemetryTo());
            g.put("chart", r.chart() == null ? null : r.chart().toString());
            g.put("connection_problem", r.connectionProblem());
            games.add(g);
        }
        root.put("games", games);
        long wins = reports.stream().filter(GameReport::won).count();
        root.put("wins", wins);
        root.put("win_rate", reports.isEmpty() ? 0.0 : (double) wins / reports.size());
        root.put("telemetry_final", finalTelemetry == null ? null : telemetry(finalTelemetry));
        return root;
    }

    static Map<String, Object> telemetry(TelemetryMetrics m) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("emitted", m.emitted());
        t.put("delivered", m.delivered());
        t.put("spooled", m.spooled());
        t.put("replayed", m.replayed());
        t.put("dropped", Map.of("queue_full", m.droppedQueueFull(), "after_shutdown", m.droppedAfterShutdown(),
                "evicted", m.evicted(), "dead_lettered", m.deadLettered(),
                "lost_to_disk_errors", m.lostToDiskErrors()));
        return t;
    }

    static void write(Path file, Map<String, Object> summary) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), summary);
    }
}
