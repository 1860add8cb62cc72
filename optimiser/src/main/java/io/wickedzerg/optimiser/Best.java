package io.wickedzerg.optimiser;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The parameter set to exploit (see {@link OptimiserState#best()}).
 *
 * @param id      the candidate's id, or {@link #DEFAULTS_ID} when no candidate is scored yet
 * @param fitness the candidate's ranking fitness; empty for the defaults
 */
public record Best(String id, Genome genome, OptionalDouble fitness) {

    public static final String DEFAULTS_ID = "defaults";

    public Best {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(genome, "genome");
        Objects.requireNonNull(fitness, "fitness");
    }
}
