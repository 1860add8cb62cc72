package io.wickedzerg.bot.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import io.wickedzerg.clients.telemetry.TelemetryMetrics;
import org.junit.jupiter.api.Test;

class TelemetryDeltaTest {

    @Test
    void countersAreTheDifferenceAndGaugesTheLaterReading() {
        TelemetryMetrics start = new TelemetryMetrics(1000, 990, 3, 0, 40, 30, 1, 2, 0, "CLOSED", 7, 0);
        TelemetryMetrics end = new TelemetryMetrics(2500, 2400, 5, 1, 140, 100, 1, 4, 2, "OPEN", 12, 3);

        TelemetryMetrics game = TelemetryDelta.between(start, end);

        assertThat(game).isEqualTo(new TelemetryMetrics(1500, 1410, 2, 1, 100, 70, 0, 2, 2, "OPEN", 12, 3));
    }
}
