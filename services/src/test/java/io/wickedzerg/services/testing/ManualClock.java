package io.wickedzerg.services.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that moves only when the test says so, for everything in the services that takes a {@link Clock}
 * (registry TTLs, restart windows). Atomic, because a service's request threads read it while the test
 * advances it. (service-clients has its own: the services share no classes with the clients, tests included.)
 */
public final class ManualClock extends Clock {

    private final AtomicReference<Instant> now;

    public ManualClock(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    public void advance(Duration by) {
        now.updateAndGet(t -> t.plus(by));
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** Always UTC: the services store and compare instants only. */
    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
