package io.wickedzerg.clients.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.wickedzerg.clients.http.CircuitBreaker.Permit;
import io.wickedzerg.clients.http.CircuitBreaker.State;
import io.wickedzerg.clients.testing.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

    private final MutableClock clock = MutableClock.atEpochPlus(0);
    private final CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofSeconds(5), clock);

    @Test
    void opensAfterConsecutiveFailuresOnly() {
        breaker.onFailure();
        breaker.onFailure();
        breaker.onSuccess();
        breaker.onFailure();
        breaker.onFailure();
        assertThat(breaker.state()).isEqualTo(State.CLOSED);
        breaker.onFailure();
        assertThat(breaker.state()).isEqualTo(State.OPEN);
        assertThat(breaker.tryAcquire()).isEqualTo(Permit.DENIED);
    }

    @Test
    void tripOpensAtOnce() {
        breaker.trip();
        assertThat(breaker.state()).isEqualTo(State.OPEN);
        assertThat(breaker.timesOpened()).isEqualTo(1);
    }

    @Test
    void afterTheOpenTimeExactlyOneProbeGoesThroughAndItsSuccessCloses() {
        breaker.trip();
        clock.advance(Duration.ofMillis(4_999));
        assertThat(breaker.tryAcquire()).isEqualTo(Permit.DENIED);
        clock.advance(Duration.ofMillis(1));
        assertThat(breaker.tryAcquire()).isEqualTo(Permit.PROBE);
        assertThat(breaker.state()).isEqualTo(State.HALF_OPEN);
        assertThat(breaker.tryAcquire()).isEqualTo(Permit.DENIED);
        breaker.onSuccess();
        assertThat(breaker.state()).isEqualTo(State.CLOSED);
        assertThat(breaker.tryAcquire()).isEqualTo(Permit.CALL);
    }

    @Test
    void failedProbeOpensAgainForAnotherFullPeriod() {
        breaker.trip();
        clock.advance(Duration.ofSeconds(5));
        assertThat(breaker.tryAcquire()).isEqualTo(Permit.PROBE);
        breaker.onFailure();
        assertThat(breaker.state()).isEqualTo(State.OPEN);
        clock.advance(Duration.ofSeconds(4));
        assertThat(breaker.wouldAllow()).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(breaker.wouldAllow()).isTrue();
        assertThat(breaker.timesOpened()).isEqualTo(2);
    }
}
