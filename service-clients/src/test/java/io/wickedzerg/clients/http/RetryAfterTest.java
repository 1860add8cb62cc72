package io.wickedzerg.clients.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.wickedzerg.clients.testing.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

    private final MutableClock clock = MutableClock.atEpochPlus(0); // 2024-06-01T12:00:00Z

    @Test
    void deltaSeconds() {
        assertThat(RetryAfter.parse("120", clock)).contains(Duration.ofSeconds(120));
        assertThat(RetryAfter.parse(" 0 ", clock)).contains(Duration.ZERO);
    }

    @Test
    void httpDateIsMeasuredFromTheInjectedClock() {
        assertThat(RetryAfter.parse("Sat, 01 Jun 2024 12:00:30 GMT", clock)).contains(Duration.ofSeconds(30));
        assertThat(RetryAfter.parse("Sat, 01 Jun 2024 11:00:00 GMT", clock)).contains(Duration.ZERO);
    }

    @Test
    void hugeValuesParseAndAreLeftToTheCap() {
        assertThat(RetryAfter.parse("99999999999999999999999", clock)).hasValueSatisfying(
                d -> assertThat(d).isGreaterThan(Duration.ofDays(365)));
    }

    @Test
    void malformedOrMissingIsEmpty() {
        assertThat(RetryAfter.parse(null, clock)).isEmpty();
        assertThat(RetryAfter.parse("", clock)).isEmpty();
        assertThat(RetryAfter.parse("-5", clock)).isEmpty();
        assertThat(RetryAfter.parse("1.5", clock)).isEmpty();
        assertThat(RetryAfter.parse("tomorrow", clock)).isEmpty();
    }
}
