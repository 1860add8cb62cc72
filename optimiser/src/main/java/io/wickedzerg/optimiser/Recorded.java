package io.wickedzerg.optimiser;

import java.util.Objects;
import java.util.Optional;

/**
 * What recording one result gave.
 *
 * @param state             the state after it (the same candidates when the result was ignored, its count raised)
 * @param completed         the generation this result completed, when it did (the state is then in the next one)
 * @param environmentChange declared on completing that generation, when the elite's results fell
 */
public record Recorded(OptimiserState state, RecordStatus status, Optional<GenerationSummary> completed,
                       Optional<EnvironmentChange> environmentChange) {

    public Recorded {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(completed, "completed");
        Objects.requireNonNull(environmentChange, "environmentChange");
    }

    static Recorded ignored(OptimiserState state, RecordStatus status) {
        return new Recorded(state, status, Optional.empty(), Optional.empty());
    }
}
