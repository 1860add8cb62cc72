package io.wickedzerg.services.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.OptionalDouble;

/**
 * Events per second from a counter read now and then (the telemetry service's
 * {@code telemetry_events_ingested_total}): the increase over the last {@code window} of readings
 * divided by the time between them. A counter that went down means the service restarted; the
 * readings start over.
 */
public final class IngestRate {

    private record Reading(Instant at, double total) {
    }

    private final Clock clock;
    private final Duration window;
    /** Oldest first; guarded by this, since page requests arrive on several threads. */
    private final Deque<Reading> readings = new ArrayDeque<>();

    public IngestRate(Clock clock, Duration window) {
        this.clock = clock;
        this.window = window;
    }

    /** Records the counter's value now; the rate since the oldest reading in the window, once there are two. */
    public synchronized OptionalDouble observe(double total) {
        Instant now = clock.instant();
        if (!readings.isEmpty() && total < readings.peekLast().total()) {
            readings.clear();
        }
        readings.addLast(new Reading(now, total));
        // Keep two readings at least: a page polled rarely still gets the average since its last look.
        while (readings.size() > 2 && readings.peekFirst().at().isBefore(now.minus(window))) {
            readings.removeFirst();
        }
        Reading first = readings.peekFirst();
        double seconds = Duration.between(first.at(), now).toNanos() / 1e9;
        return seconds > 0 ? OptionalDouble.of((total - first.total()) / seconds) : OptionalDouble.empty();
    }
}
