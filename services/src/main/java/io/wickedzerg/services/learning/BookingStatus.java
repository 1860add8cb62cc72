package io.wickedzerg.services.learning;

import io.wickedzerg.optimiser.RecordStatus;
import java.util.Locale;

/** What became of a stored result in the optimiser. Only RECORDED changes a candidate; every result is stored. */
enum BookingStatus {
    /** Added to the games of the candidate its version names. */
    RECORDED,
    /** Its candidate belongs to an earlier generation (the game ended after its generation did). */
    STALE_CANDIDATE,
    /** Its candidate already had all its games. */
    ALREADY_SCORED,
    /** Its version names no candidate of that state (another database's, or a state that is gone). */
    UNKNOWN_CANDIDATE,
    /** The bot played another build order than the model's ({@code <version>/<build order>}). */
    FIXED_BUILD_ORDER,
    /** The model was the best, served to exploit, not a candidate to evaluate. */
    EXPLOIT_MODEL,
    /** Not a version this service served: a local learner's ({@code local-…}), the defaults, anything else. */
    NOT_A_SERVICE_MODEL;

    String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static BookingStatus ofWireName(String text) {
        return valueOf(text.toUpperCase(Locale.ROOT));
    }

    static BookingStatus of(RecordStatus status) {
        return switch (status) {
            case RECORDED -> RECORDED;
            case STALE_CANDIDATE -> STALE_CANDIDATE;
            case ALREADY_SCORED -> ALREADY_SCORED;
            case UNKNOWN_CANDIDATE -> UNKNOWN_CANDIDATE;
        };
    }
}
