package io.wickedzerg.bot.ladder;

import io.wickedzerg.clients.learning.LearningMetrics;
import io.wickedzerg.clients.telemetry.TelemetryMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The ladder bot's last lines, printed after its service clients closed (so they hold what was delivered, spooled
 * and replayed in the end): the game's ids, the telemetry client's counters, and the learning client's when results
 * go to the learning service. {@code key=value} words, for people and for {@code run.sh e2e}, which reads them.
 */
public record LadderRunCounters(String runId, String gameId, TelemetryMetrics telemetry, Optional<LearningMetrics> learning) {

    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("game run_id=" + runId + " game_id=" + gameId);
        TelemetryMetrics t = telemetry;
        lines.add("telemetry emitted=" + t.emitted() + " delivered=" + t.delivered() + " spooled=" + t.spooled()
                + " replayed=" + t.replayed() + " evicted=" + t.evicted() + " dropped_queue_full=" + t.droppedQueueFull()
                + " dropped_after_shutdown=" + t.droppedAfterShutdown() + " dead_lettered=" + t.deadLettered()
                + " lost_to_disk_errors=" + t.lostToDiskErrors() + " corrupt_frames=" + t.corruptFrames());
        learning.ifPresent(l -> lines.add("learning results_written=" + l.resultsWritten() + " results_delivered="
                + l.resultsDelivered() + " results_pending=" + l.resultsPending() + " dead_lettered=" + l.deadLettered()));
        return lines;
    }
}
