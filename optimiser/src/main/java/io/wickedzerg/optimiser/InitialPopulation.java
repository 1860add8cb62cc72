package io.wickedzerg.optimiser;

import java.util.ArrayList;
import java.util.List;

/** Generation 0, from the run's seed: the defaults and mutated copies of them, or random candidates. */
final class InitialPopulation {

    private InitialPopulation() {
    }

    /**
     * The defaults first, then copies of them with every parameter mutated by initial_sigma (and the build order
     * with its usual chance): a start near what is known to work.
     */
    static OptimiserState fromDefaults(ParameterSpace space, OptimiserSettings settings, long seed) {
        Variation variation = new Variation(space, GenerationRandom.of(seed, 0));
        List<Candidate> candidates = new ArrayList<>();
        candidates.add(Candidate.fresh(CandidateIds.of(0, 0), space.defaults(), Origin.DEFAULTS, List.of()));
        while (candidates.size() < settings.populationSize()) {
            Genome copy = variation.mutate(space.defaults(), 1.0, settings.initialSigma(),
                    settings.buildOrderMutationProbability());
            candidates.add(Candidate.fresh(CandidateIds.of(0, candidates.size()), copy, Origin.MUTATED_DEFAULTS, List.of()));
        }
        return start(space, settings, seed, candidates);
    }

    /** Every candidate drawn at random over the whole space: a start that knows nothing. */
    static OptimiserState random(ParameterSpace space, OptimiserSettings settings, long seed) {
        Variation variation = new Variation(space, GenerationRandom.of(seed, 0));
        List<Candidate> candidates = new ArrayList<>();
        while (candidates.size() < settings.populationSize()) {
            candidates.add(Candidate.fresh(CandidateIds.of(0, candidates.size()), variation.random(), Origin.RANDOM,
                    List.of()));
        }
        return start(space, settings, seed, candidates);
    }

    private static OptimiserState start(ParameterSpace space, OptimiserSettings settings, long seed,
                                        List<Candidate> candidates) {
        return new OptimiserState(seed, settings, space, 0, candidates, List.of(), List.of(), List.of(),
                List.of(), IgnoredResults.NONE);
    }
}
