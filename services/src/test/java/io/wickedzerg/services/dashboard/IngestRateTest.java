package io.wickedzerg.services.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.wickedzerg.services.testing.ManualClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Events per second from a counter read now and then, on a clock the test moves. */
class IngestRateTest {

    private final ManualClock clock = new ManualClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final IngestRate rate = new IngestRate(clock, Duration.ofSeconds(10));

    @Test
    void theRateIsTheIncreaseOverTheReadingsInTheWindow() {
        assertThat(rate.observe(100)).as("one reading is no rate").isEmpty();
        clock.advance(Duration.ofSeconds(2));
        assertThat(rate.observe(140).getAsDouble()).isCloseTo(20.0, within(1e-9));
        clock.advance(Duration.ofSeconds(2));
        assertThat(rate.observe(200).getAsDouble()).isCloseTo(25.0, within(1e-9));
        clock.advance(Duration.ofSeconds(10));
        // the readings at 0 s and 2 s left the window: from 4 s (200) to 14 s (500)
        assertThat(rate.observe(500).getAsDouble()).isCloseTo(30.0, within(1e-9));
        clock.advance(Duration.ofSeconds(2));
        // from 14 s (500) to 16 s (800)
        assertThat(rate.observe(800).getAsDouble()).isCloseTo(150.0, within(1e-9));
    }

    @Test
    void aCounterThatWentDownStartsOverBecauseTheServiceRestarted() {
        rate.observe(1000);
        clock.advance(Duration.ofSeconds(2));
        assertThat(rate.observe(10)).isEmpty();
        clock.advance(Duration.ofSeconds(1));
        assertThat(rate.observe(15).getAsDouble()).isCloseTo(5.0, within(1e-9));
    }

    @Test
    void twoReadingsAtOneInstantAreNoRate() {
        rate.observe(5);
        assertThat(rate.observe(9)).isEmpty();
    }
}
