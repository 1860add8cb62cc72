package io.wickedzerg.bot.game;

import io.wickedzerg.bot.core.StepTimes;
import io.wickedzerg.clients.telemetry.TelemetryMetrics;
import java.nio.file.Path;

/**
 * What one finished game tells the CLI, the summary JSON and the learner.
 *
 * @param result        Victory, Defeat, Tie or Undecided
 * @param telemetry         this game's share of the run's telemetry client: its counters between the game's
 *                          start and its end (events still queued at the end are delivered after it, and
 *                          show in the run totals)
 * @param telemetryRunTotal the client's counters at the game's end, for the whole run so far
 * @param telemetryTo       where the telemetry went (a folder or a URL)
 * @param chart             the PNG written for this game, or null
 * @param score             killed and lost value from the game's final score (unknown when it had none)
 */
public record GameReport(
        String gameId,
        String result,
        String opponent,
        String map,
        long seed,
        long gameLoops,
        double wallSeconds,
        StepTimes stepTimes,
        TelemetryMetrics telemetry,
        TelemetryMetrics telemetryRunTotal,
        String telemetryTo,
        Path chart,
        double buildOrderScore,
        String lossReason,
        int parametersUpdated,
        String modelVersion,
        String buildOrder,
        String connectionProblem,
        GameScore score) {

    public double gameSeconds() {
        return gameLoops / 22.4;
    }

    public boolean won() {
        return "Victory".equals(result);
    }
}
