package io.wickedzerg.services.learning;

import io.wickedzerg.optimiser.Candidate;
import io.wickedzerg.optimiser.Optimiser;
import io.wickedzerg.optimiser.OptimiserState;
import io.wickedzerg.optimiser.Recorded;
import java.util.Optional;

/**
 * Decides, without a database, what a result does to the optimiser: which state its version names, whether it
 * counts for a candidate there, and the state after it. A result counts only for the candidate of the state that
 * served it, played as served (not a fixed build order, not the best handed out to exploit).
 */
final class ResultBooker {

    /** Marks a candidate id whose parameters are not the ones served: the optimiser counts it as unknown. */
    private static final String NOT_AS_SERVED = "not-as-served:";

    private final Optimiser optimiser;

    ResultBooker(Optimiser optimiser) {
        this.optimiser = optimiser;
    }

    /**
     * The state a result belongs to and the candidate its version names, when it names one (the only case in which
     * the state must be read).
     */
    record Target(StateKey key, Optional<ModelVersion> candidate, BookingStatus statusWithoutCandidate) {
    }

    Target target(String modelVersion) {
        Optional<String> asServed = ModelVersion.beforeFixedBuildOrder(modelVersion);
        if (asServed.isPresent()) {
            StateKey key = ModelVersion.parse(asServed.get()).map(ModelVersion::key).orElse(StateKey.GLOBAL);
            return new Target(key, Optional.empty(), BookingStatus.FIXED_BUILD_ORDER);
        }
        Optional<ModelVersion> version = ModelVersion.parse(modelVersion);
        if (version.isEmpty()) {
            return new Target(StateKey.GLOBAL, Optional.empty(), BookingStatus.NOT_A_SERVICE_MODEL);
        }
        if (version.get().best()) {
            return new Target(version.get().key(), Optional.empty(), BookingStatus.EXPLOIT_MODEL);
        }
        return new Target(version.get().key(), version, BookingStatus.UNKNOWN_CANDIDATE);
    }

    /** The booking, and the state after it when the optimiser's state changed (recorded, or an ignored result counted). */
    record Booked(Booking booking, Optional<Recorded> recorded) {
    }

    /** @param state the target's state; empty when there is none (an opponent's state that was never made) */
    Booked book(Target target, Optional<OptimiserState> state, TrainingResult result) {
        Integer generation = state.map(OptimiserState::generation).orElse(null);
        if (target.candidate().isEmpty() || state.isEmpty()) {
            String candidate = target.candidate().map(ModelVersion::candidateId).orElse(null);
            return new Booked(Booking.notRecorded(target.key(), target.statusWithoutCandidate(), candidate, generation),
                    Optional.empty());
        }
        ModelVersion version = target.candidate().get();
        Optional<Candidate> current = state.get().candidate(version.candidateId());
        boolean asServed = current.map(c -> ModelVersion.hash(c.genome()).equals(version.hash())).orElse(true);
        Recorded recorded = optimiser.record(state.get(), (asServed ? "" : NOT_AS_SERVED) + version.candidateId(),
                result.outcome());
        Integer completed = recorded.completed().map(g -> g.generation()).orElse(null);
        Booking booking = new Booking(target.key(), BookingStatus.of(recorded.status()), version.candidateId(),
                generation, completed);
        return new Booked(booking, Optional.of(recorded));
    }
}
