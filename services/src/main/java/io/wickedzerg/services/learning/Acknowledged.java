package io.wickedzerg.services.learning;

import java.util.Objects;

/**
 * What {@code POST /api/training} answers: where the result was booked, and whether it had been stored before
 * (then nothing was recorded again and the booking is the first one's).
 */
record Acknowledged(String runId, String gameId, Booking booking, boolean duplicate) {

    Acknowledged {
        Objects.requireNonNull(booking, "booking");
    }
}
