package io.wickedzerg.services.learning;

import java.util.Objects;

/** A result as stored, with where it was booked and when it arrived. */
record StoredResult(TrainingResult result, Booking booking, long receivedMs) {

    StoredResult {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(booking, "booking");
    }
}
