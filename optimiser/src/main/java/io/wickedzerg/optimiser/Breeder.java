package io.wickedzerg.optimiser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/**
 * Makes the next generation from a ranked one: the elite first, unchanged (with their games so far as their
 * baseline), then children of elite and significant parents (tournament selection, uniform crossover, Gaussian
 * mutation); while exploration is widened, a share of the children's places goes to random candidates and the
 * children mutate with the wider sigma.
 */
final class Breeder {

    private final OptimiserSettings settings;
    private final Variation variation;
    private final RandomGenerator random;

    Breeder(ParameterSpace space, OptimiserSettings settings, RandomGenerator random) {
        this.settings = settings;
        this.variation = new Variation(space, random);
        this.random = random;
    }

    List<Candidate> breed(List<Candidate> completed, List<RankedCandidate> ranking, int generation, boolean widened) {
        Map<String, Candidate> byId = completed.stream().collect(Collectors.toMap(Candidate::id, Function.identity()));
        List<RankedCandidate> parents = ranking.stream().filter(r -> r.tier() != Tier.DEPRECATED).toList();
        List<Candidate> next = new ArrayList<>();
        for (RankedCandidate elite : ranking) {
            if (elite.tier() == Tier.ELITE) {
                List<Double> earlier = byId.get(elite.id()).fitnessHistory(settings.baselineWindow());
                next.add(new Candidate(id(generation, next), elite.genome(), Origin.ELITE, List.of(elite.id()), earlier,
                        List.of()));
            }
        }
        int places = settings.populationSize() - next.size();
        int fresh = widened ? (int) Math.round(settings.freshShare() * places) : 0;
        double sigma = widened ? settings.widenedSigma() : settings.mutationSigma();
        for (int i = 0; i < places - fresh; i++) {
            RankedCandidate a = tournament(parents);
            RankedCandidate b = tournament(parents);
            Genome child = variation.mutate(variation.crossover(a.genome(), b.genome()), settings.mutationProbability(),
                    sigma, settings.buildOrderMutationProbability());
            List<String> from = a.id().equals(b.id()) ? List.of(a.id()) : List.of(a.id(), b.id());
            next.add(Candidate.fresh(id(generation, next), child, Origin.CHILD, from));
        }
        for (int i = 0; i < fresh; i++) {
            next.add(Candidate.fresh(id(generation, next), variation.random(), Origin.RANDOM, List.of()));
        }
        return next;
    }

    /** tournament_size draws (with replacement) from the parents; the best ranked of them wins. */
    private RankedCandidate tournament(List<RankedCandidate> parents) {
        RankedCandidate winner = null;
        for (int i = 0; i < settings.tournamentSize(); i++) {
            RankedCandidate drawn = parents.get(random.nextInt(parents.size()));
            if (winner == null || drawn.rank() < winner.rank()) {
                winner = drawn;
            }
        }
        return winner;
    }

    private static String id(int generation, List<Candidate> sofar) {
        return CandidateIds.of(generation, sofar.size());
    }
}
