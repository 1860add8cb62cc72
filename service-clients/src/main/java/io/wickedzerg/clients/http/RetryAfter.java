package io.wickedzerg.clients.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads a {@code Retry-After} header: delta-seconds or an HTTP-date (RFC 9110 10.2.3). */
public final class RetryAfter {

    private RetryAfter() {
    }

    /** The requested wait (zero for a date in the past), or empty when absent or malformed. */
    public static Optional<Duration> parse(String header, Clock clock) {
        if (header == null) {
            return Optional.empty();
        }
        String value = header.trim();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.chars().allMatch(Character::isDigit)) {
            try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
            } catch (NumberFormatException | ArithmeticException tooLarge) {
                // longer than any cap: the caller caps it
                return Optional.of(Duration.ofSeconds(Long.MAX_VALUE / 1_000_000_000L));
            }
        }
        try {
            Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration wait = Duration.between(clock.instant(), at);
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException malformed) {
            return Optional.empty();
        }
    }
}
