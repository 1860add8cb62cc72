package io.wickedzerg.bot.game;

import static org.assertj.core.api.Assertions.assertThat;

import io.wickedzerg.bot.logging.LogShippingStats;
import io.wickedzerg.clients.telemetry.TelemetryMetrics;
import io.wickedzerg.config.HybridConfig;
import io.wickedzerg.config.Mode;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServiceReportTest {

    private static final TelemetryMetrics SPOOLED_3 = new TelemetryMetrics(3, 0, 0, 0, 3, 0, 0, 0, 0, "OPEN", 0);

    private final HybridConfig hybrid = HybridConfig.builder().mode(Mode.HYBRID).dataDir(Path.of("d"))
            .telemetryServiceUrl("http://configured:8001").build();
    private final BotRegistration notTried = BotRegistration.start(HybridConfig.builder().build(), "run", () -> null);

    @Test
    void theReportNamesTheTelemetryUrlActuallyUsedAndTheLogLinesTheRateLimitKept() {
        ServiceReport report = ServiceReport.of(hybrid, URI.create("http://discovered:9001"), SPOOLED_3,
                Optional.empty(), notTried, new LogShippingStats(50, 7, 2, 0));

        assertThat(report.lines()).containsExactly(
                "telemetry service http://discovered:9001 did not take everything: 3 events wait in "
                        + Path.of("d", "spool", "wz-0", "telemetry").toAbsolutePath()
                        + "; the next run sends them once the service answers",
                "7 log lines not shipped (rate limit: 10 a second, 50 at once); the log file has them");
    }

    @Test
    void nothingHeldBackIsNothingToReport() {
        ServiceReport report = ServiceReport.of(hybrid, URI.create("http://discovered:9001"),
                new TelemetryMetrics(3, 3, 0, 0, 0, 0, 0, 0, 0, "CLOSED", 0), Optional.empty(), notTried,
                new LogShippingStats(50, 0, 2, 0));

        assertThat(report.lines()).isEmpty();
    }
}
