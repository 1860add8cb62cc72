package io.wickedzerg.optimiser;

import java.util.Objects;

/**
 * A candidate of a completed generation as it was ranked.
 *
 * @param rank    0 for the best
 * @param games   games it played in that generation
 * @param wins    victories among them
 * @param fitness its {@link Candidate#rankingFitness()}
 */
public record RankedCandidate(int rank, String id, Genome genome, Origin origin, int games, int wins, double fitness,
                              Tier tier) {

    public RankedCandidate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(genome, "genome");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(tier, "tier");
    }
}
