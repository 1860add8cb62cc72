package io.wickedzerg.optimiser;

import java.util.Objects;

/** One recorded game of a candidate and its {@link Fitness}, kept so the state shows what the score came from. */
public record Evaluation(Outcome outcome, double fitness) {

    public Evaluation {
        Objects.requireNonNull(outcome, "outcome");
    }

    public static Evaluation of(Outcome outcome) {
        return new Evaluation(outcome, Fitness.of(outcome));
    }
}
