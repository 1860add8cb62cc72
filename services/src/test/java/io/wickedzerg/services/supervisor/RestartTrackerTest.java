package io.wickedzerg.services.supervisor;

import static org.assertj.core.api.Assertions.assertThat;

import io.wickedzerg.services.testing.ManualClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RestartTrackerTest {

    private final ManualClock clock = new ManualClock(Instant.parse("2026-01-01T00:00:00Z"));

    /** Starts the child, lets it run for {@code uptime}, and reports its death. */
    private static RestartDecision runFor(RestartTracker tracker, ManualClock clock, Duration uptime) {
        tracker.started();
        clock.advance(uptime);
        return tracker.exited();
    }

    @Test
    void quickCrashesRestartWithGrowingDelays() {
        RestartTracker tracker = new RestartTracker(RestartPolicy.defaults(), clock);

        assertThat(runFor(tracker, clock, Duration.ofMillis(10)))
                .isEqualTo(new RestartDecision.Restart(Duration.ofMillis(500), 1));
        clock.advance(Duration.ofMillis(500));
        assertThat(runFor(tracker, clock, Duration.ofMillis(10)))
                .isEqualTo(new RestartDecision.Restart(Duration.ofSeconds(1), 2));
        clock.advance(Duration.ofSeconds(1));
        assertThat(runFor(tracker, clock, Duration.ofMillis(10)))
                .isEqualTo(new RestartDecision.Restart(Duration.ofSeconds(2), 3));
    }

    @Test
    void aChildThatStayedUpForTheStablePeriodStartsOverAtTheInitialDelay() {
        RestartTracker tracker = new RestartTracker(RestartPolicy.defaults(), clock);
        runFor(tracker, clock, Duration.ofMillis(10));
        runFor(tracker, clock, Duration.ofMillis(10));
        assertThat(runFor(tracker, clock, Duration.ofSeconds(59)))
                .isEqualTo(new RestartDecision.Restart(Duration.ofSeconds(2), 3));

        assertThat(runFor(tracker, clock, Duration.ofSeconds(60)))
                .isEqualTo(new RestartDecision.Restart(Duration.ofMillis(500), 1));
    }

    @Test
    void givesUpWhenTheCapIsReachedWithinTheWindow() {
        RestartTracker tracker = new RestartTracker(RestartPolicy.defaults(), clock);
        for (int i = 1; i <= 5; i++) {
            assertThat(runFor(tracker, clock, Duration.ofSeconds(1))).isInstanceOf(RestartDecision.Restart.class);
        }

        assertThat(runFor(tracker, clock, Duration.ofSeconds(1))).isEqualTo(new RestartDecision.GiveUp(5));
    }

    @Test
    void restartsOlderThanTheWindowNoLongerCount() {
        // A long stable period, so only the window, not the backoff reset, lets the sixth crash restart.
        RestartPolicy policy = RestartPolicy.builder().stablePeriod(Duration.ofHours(1)).build();
        RestartTracker tracker = new RestartTracker(policy, clock);
        for (int i = 0; i < 5; i++) {
            runFor(tracker, clock, Duration.ofSeconds(1));
        }
        clock.advance(Duration.ofSeconds(56));

        // The first restart was decided at t=1 s; just after t=61 s it is older than the window and drops out.
        RestartDecision sixth = runFor(tracker, clock, Duration.ofMillis(1));
        assertThat(sixth).isInstanceOf(RestartDecision.Restart.class);
        assertThat(((RestartDecision.Restart) sixth).attempt()).isEqualTo(6);
        assertThat(runFor(tracker, clock, Duration.ofMillis(1))).isEqualTo(new RestartDecision.GiveUp(5));
    }

    @Test
    void aCapOfZeroNeverRestarts() {
        RestartTracker tracker = new RestartTracker(RestartPolicy.builder().maxRestartsPerWindow(0).build(), clock);

        assertThat(runFor(tracker, clock, Duration.ofSeconds(1))).isEqualTo(new RestartDecision.GiveUp(0));
    }
}
