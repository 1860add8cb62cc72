package io.wickedzerg.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.wickedzerg.bot.game.GameReport;
import io.wickedzerg.clients.telemetry.TelemetryMetrics;
import io.wickedzerg.sim.replay.SavedGame;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code --summary-json}: the facts of every game for scripts and CI, with numbers rounded for
 * people (seconds to 0.1, milliseconds to 0.001, scores and rates to 0.01). Telemetry is reported
 * per game (the client's counters between the game's start and end) and for the whole run.
 */
final class SummaryJson {

    private SummaryJson() {
    }

    /** @param runTotal the run's telemetry counters after the client closed, or null */
    static Map<String, Object> of(String runId, List<GameReport> reports, TelemetryMetrics runTotal) {
        return of(runId, reports, runTotal, Map.of());
    }

    /**
     * @param saved what the server archived of each game, by game id: the replay file (null without
     *              {@code --replay-dir}) and the final state hash, which {@code sim replay} reproduces
     */
    static Map<String, Object> of(String runId, List<GameReport> reports, TelemetryMetrics runTotal,
                                  Map<String, SavedGame> saved) {
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
            g.put("game_seconds", Rounding.tenths(r.gameSeconds()));
            g.put("wall_seconds", Rounding.tenths(r.wallSeconds()));
            Map<String, Object> steps = new LinkedHashMap<>();
            steps.put("p50", Rounding.thousandths(r.stepTimes().p50Ms()));
            steps.put("p99", Rounding.thousandths(r.stepTimes().p99Ms()));
            steps.put("max", Rounding.thousandths(r.stepTimes().maxMs()));
            steps.put("mean", Rounding.thousandths(r.stepTimes().meanMs()));
            g.put("step_time_ms", steps);
            g.put("steps", r.stepTimes().steps());
            g.put("steps_over_40ms", r.stepTimes().stepsOverLimit());
            // CPU time of the same steps on the game thread: a step over 40 ms of wall time but not of CPU time
            // was descheduled (a busy machine), not slow code
            Map<String, Object> cpu = new LinkedHashMap<>();
            cpu.put("p99", Rounding.thousandths(r.stepTimes().cpu().p99Ms()));
            cpu.put("max", Rounding.thousandths(r.stepTimes().cpu().maxMs()));
            g.put("step_cpu_ms", cpu);
            g.put("steps_over_40ms_cpu", r.stepTimes().cpu().stepsOverLimit());
            g.put("slowest_manager", r.stepTimes().slowestManager());
            g.put("manager_failures", r.stepTimes().failures());
            g.put("build_order", r.buildOrder());
            g.put("build_order_score", Rounding.hundredths(r.buildOrderScore()));
            g.put("loss_reason", r.lossReason());
            // the fight in resources' worth, from the game's final score; null when the game reported none
            g.put("killed_value", value(r.score().killedValue()));
            g.put("lost_value", value(r.score().lostValue()));
            g.put("model_version", r.modelVersion());
            g.put("parameters_updated", r.parametersUpdated());
            g.put("telemetry_this_game", counters(r.telemetry()));
            g.put("telemetry_run_total_at_game_end", withGauges(r.telemetryRunTotal()));
            g.put("telemetry_to", r.telemetryTo());
            g.put("chart", r.chart() == null ? null : r.chart().toString());
            g.put("connection_problem", r.connectionProblem());
            SavedGame game = saved.get(r.gameId());
            g.put("replay", game == null || game.replay() == null ? null : game.replay().toString());
            g.put("final_state_hash", game == null ? null : game.finalHashHex());
            games.add(g);
        }
        root.put("games", games);
        long wins = reports.stream().filter(GameReport::won).count();
        root.put("wins", wins);
        root.put("win_rate", Rounding.hundredths(reports.isEmpty() ? 0.0 : (double) wins / reports.size()));
        root.put("telemetry_run_total", runTotal == null ? null : withGauges(runTotal));
        return root;
    }

    private static Double value(java.util.OptionalDouble v) {
        return v.isPresent() ? Rounding.tenths(v.getAsDouble()) : null;
    }

    /** What happened to events: counts that add up over games. */
    static Map<String, Object> counters(TelemetryMetrics m) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("emitted", m.emitted());
        t.put("delivered", m.delivered());
        t.put("spooled", m.spooled());
        t.put("replayed", m.replayed());
        Map<String, Object> dropped = new LinkedHashMap<>();
        dropped.put("queue_full", m.droppedQueueFull());
        dropped.put("after_shutdown", m.droppedAfterShutdown());
        dropped.put("evicted", m.evicted());
        dropped.put("dead_lettered", m.deadLettered());
        dropped.put("lost_to_disk_errors", m.lostToDiskErrors());
        t.put("dropped", dropped);
        t.put("corrupt_frames", m.corruptFrames());
        return t;
    }

    /** The counters plus the client's state when they were read. */
    static Map<String, Object> withGauges(TelemetryMetrics m) {
        Map<String, Object> t = counters(m);
        t.put("breaker_state", m.breakerState());
        t.put("queue_size", m.queueSize());
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
