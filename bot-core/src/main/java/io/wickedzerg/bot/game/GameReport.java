package io.wickedzerg.bot.game;

import io.wickedzerg.bot.core.StepTimes;
import io.wickedzerg.clients.telemetry.TelemetryMetrics;
import java.nio.file.Path;

/**
 * What one finished game tells the CLI, the summary JSON and the learner.
 *
 * @param result        Victory, Defeat, Tie or Undecided
 * @param chart         the PNG written for this game, or null
 * @param telemetryTo   where the telemetry went (a folder or a URL)
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
        String telemetryTo,
        Path chart,
        double buildOrderScore,
        String lossReason,
        int parametersUpdated,
        String modelVersion,
        String buildOrder,
        String connectionProblem) {

    public double gameSeconds() {
        return gameLoops / 22.4;
    }

    public boolean won() {
        return "Victory".equals(result);
    }
}
