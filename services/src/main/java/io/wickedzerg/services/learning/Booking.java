package io.wickedzerg.services.learning;

import java.util.Objects;

/**
 * Where a result was booked, as stored with it and answered (again, for a repeat) by {@code POST /api/training}.
 *
 * @param key                 the state it was counted in: the one its version names, else the global one
 * @param candidateId         the candidate its version names; null when it names none
 * @param generation          that state's generation when the result arrived; null without a state
 * @param completedGeneration the generation this result completed, when it did (the state then went on to the next)
 */
record Booking(StateKey key, BookingStatus status, String candidateId, Integer generation,
               Integer completedGeneration) {

    Booking {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(status, "status");
    }

    static Booking notRecorded(StateKey key, BookingStatus status, String candidateId, Integer generation) {
        return new Booking(key, status, candidateId, generation, null);
    }
}
