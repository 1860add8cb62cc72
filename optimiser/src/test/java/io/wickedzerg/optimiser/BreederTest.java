package io.wickedzerg.optimiser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BreederTest {

    private final ParameterSpace space = Spaces.strategy();
    private final OptimiserSettings settings = OptimiserSettings.builder().populationSize(41).mutationProbability(1)
            .freshShare(0).build();

    /** One elite, everyone else deprecated: every child is a mutated copy of the elite. */
    private List<RankedCandidate> ranking(Genome elite) {
        List<RankedCandidate> ranking = new ArrayList<>();
        ranking.add(new RankedCandidate(0, "g0-c00", elite, Origin.DEFAULTS, 1, 1, 1.5, Tier.ELITE));
        for (int i = 1; i < 41; i++) {
            ranking.add(new RankedCandidate(i, CandidateIds.of(0, i), elite, Origin.MUTATED_DEFAULTS, 1, 0, 0.5,
                    Tier.DEPRECATED));
        }
        return ranking;
    }

    private double meanStep(boolean widened) {
        Genome elite = space.defaults();
        List<Candidate> completed = List.of(new Candidate("g0-c00", elite, Origin.DEFAULTS, List.of(), List.of(),
                List.of(Evaluation.of(Outcome.of(Result.VICTORY, 600)))));
        List<Candidate> next = new Breeder(space, settings, new SplittableRandom(4)).breed(completed, ranking(elite), 1,
                widened);
        double sum = 0;
        int n = 0;
        for (Candidate c : next.subList(1, next.size())) {
            for (ParameterSpec p : space.parameters()) {
                sum += Math.abs(c.genome().value(p.key()) - elite.value(p.key())) / p.range();
                n++;
            }
        }
        return sum / n;
    }

    @Test
    void widenedExplorationMutatesWithTheWiderSigma() {
        double normal = meanStep(false);
        double widened = meanStep(true);

        // mean |N(0, sigma)| = 0.8 sigma; clamping at the range ends takes some of it back
        assertThat(normal).isBetween(0.04, 0.1);
        assertThat(widened).isGreaterThan(2 * normal);
    }
}
