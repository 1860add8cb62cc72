package io.wickedzerg.optimiser;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Ranks a completed generation by ranking fitness (ties: the lower id first) and cuts it into tiers. */
final class Ranking {

    private Ranking() {
    }

    static List<RankedCandidate> of(List<Candidate> generation, OptimiserSettings settings) {
        List<Candidate> sorted = new ArrayList<>(generation);
        // candidates come in id order and the sort is stable: equal fitness keeps the lower id first
        sorted.sort(Comparator.comparingDouble(Candidate::rankingFitness).reversed());
        TierSizes sizes = TierSizes.of(sorted.size(), settings.eliteFraction(), settings.significantFraction());
        List<RankedCandidate> ranked = new ArrayList<>();
        for (int rank = 0; rank < sorted.size(); rank++) {
            Candidate c = sorted.get(rank);
            ranked.add(new RankedCandidate(rank, c.id(), c.genome(), c.origin(), c.gamesPlayed(), c.wins(),
                    c.rankingFitness(), sizes.tierOf(rank)));
        }
        return List.copyOf(ranked);
    }
}
