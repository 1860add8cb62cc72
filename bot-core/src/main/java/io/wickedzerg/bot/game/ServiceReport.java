package io.wickedzerg.bot.game;

import io.wickedzerg.bot.logging.LogShipping;
import io.wickedzerg.bot.logging.LogShippingStats;
import io.wickedzerg.clients.learning.LearningMetrics;
import io.wickedzerg.clients.telemetry.TelemetryMetrics;
import io.wickedzerg.config.HybridConfig;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a person should know about the services after a hybrid run: which one did not answer and where the
 * data it did not take waits. Empty in local mode and when every service took everything.
 */
public record ServiceReport(List<String> lines) {

    public ServiceReport {
        lines = List.copyOf(lines);
    }

    /** @param telemetryUrl where telemetry went: the registry's answer or the configured URL */
    static ServiceReport of(HybridConfig config, URI telemetryUrl, TelemetryMetrics telemetry,
                            Optional<LearningMetrics> learning, BotRegistration registration, LogShippingStats logs) {
        List<String> lines = new ArrayList<>();
        if (!config.isHybridMode()) {
            return new ServiceReport(lines);
        }
        Path spool = config.spoolDir().resolve(config.instanceId());
        long waiting = Math.max(0, telemetry.spooled() - telemetry.replayed() - telemetry.evicted());
        if (config.isTelemetryRemote() && waiting > 0) {
            lines.add("telemetry service " + telemetryUrl + " did not take everything: " + waiting
                    + " events wait in " + spool.resolve("telemetry").toAbsolutePath()
                    + "; the next run sends them once the service answers");
        }
        learning.filter(m -> m.resultsPending() > 0).ifPresent(m -> lines.add("learning service "
                + config.learningServiceUrl() + " did not answer: " + m.resultsPending() + " game result(s) wait in "
                + spool.resolve("results").toAbsolutePath() + "; the next run sends them once the service answers"));
        if (registration.attempted() && !registration.registered()) {
            lines.add("service registry " + config.serviceRegistryUrl()
                    + " did not answer at start: this bot was not listed there");
        }
        if (logs.rateLimited() > 0) {
            lines.add(logs.rateLimited() + " log lines not shipped (rate limit: " + (long) LogShipping.LINES_PER_SECOND
                    + " a second, " + LogShipping.BURST + " at once); the log file has them");
        }
        return new ServiceReport(lines);
    }

    /** What one game left on disk because the telemetry service did not answer; empty when nothing did. */
    public static Optional<String> forGame(HybridConfig config, TelemetryMetrics thisGame) {
        return forGame(config, config.telemetryServiceUrl(), thisGame);
    }

    /** As above, naming the URL the telemetry client was given (the registry's answer, or the configured one). */
    public static Optional<String> forGame(HybridConfig config, java.net.URI telemetryUrl, TelemetryMetrics thisGame) {
        if (!config.isHybridMode() || !config.isTelemetryRemote() || thisGame.spooled() == 0) {
            return Optional.empty();
        }
        return Optional.of("telemetry service " + telemetryUrl + " unreachable: " + thisGame.spooled()
                + " events of this game wait in " + config.spoolDir().resolve(config.instanceId()).resolve("telemetry")
                .toAbsolutePath() + " until it answers");
    }
}
