package io.wickedzerg.optimiser;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Everything an optimiser run is, immutable and complete: a service stores it in a database row (one per
 * opponent, if it likes), the bot in a file, both as {@link OptimiserJson}. Nothing random is kept: each
 * generation's random source is derived from {@code seed} and the generation number, so a state read back
 * goes on exactly as the one written would have.
 *
 * @param generation         the generation being evaluated now (0 first)
 * @param candidates         its candidates, in id order
 * @param previousRanking    the previous generation ranked into tiers, best first; empty in generation 0
 * @param history            every completed generation, oldest first
 * @param eliteBaseline      fitness of the games that elite carried over played in earlier generations, oldest first,
 *                           at most baseline_window of them: what the environment check compares the elite's games
 *                           of the current generation with (restarted after a declared change)
 * @param environmentChanges every declared environment change, oldest first
 * @param ignored            results counted but not recorded
 */
public record OptimiserState(long seed, OptimiserSettings settings, ParameterSpace space, int generation,
                             List<Candidate> candidates, List<RankedCandidate> previousRanking,
                             List<GenerationSummary> history, List<Double> eliteBaseline,
                             List<EnvironmentChange> environmentChanges, IgnoredResults ignored) {

    public OptimiserState {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(space, "space");
        Objects.requireNonNull(ignored, "ignored");
        candidates = List.copyOf(candidates);
        previousRanking = List.copyOf(previousRanking);
        history = List.copyOf(history);
        eliteBaseline = List.copyOf(eliteBaseline);
        environmentChanges = List.copyOf(environmentChanges);
        if (generation < 0) {
            throw new IllegalArgumentException("generation must be >= 0, was " + generation);
        }
        if (candidates.size() != settings.populationSize()) {
            throw new IllegalArgumentException("generation " + generation + " has " + candidates.size()
                    + " candidates; population_size is " + settings.populationSize());
        }
        Set<String> ids = new HashSet<>();
        for (Candidate c : candidates) {
            if (!ids.add(c.id())) {
                throw new IllegalArgumentException("candidate " + c.id() + " is listed twice");
            }
            if (CandidateIds.generationOf(c.id()).orElse(-1) != generation) {
                throw new IllegalArgumentException("candidate " + c.id() + " does not belong to generation " + generation);
            }
            space.check(c.genome(), "candidate " + c.id());
            if (c.gamesPlayed() > settings.gamesPerCandidate()) {
                throw new IllegalArgumentException("candidate " + c.id() + " has " + c.gamesPlayed()
                        + " games; games_per_candidate is " + settings.gamesPerCandidate());
            }
        }
    }

    /**
     * Explore: the candidate to evaluate next, the one of this generation with the fewest games (ties: the lowest
     * id). A generation advances as soon as its last candidate is scored, so there always is one.
     */
    public Candidate next() {
        return candidates.stream().min(Comparator.comparingInt(Candidate::gamesPlayed)).orElseThrow();
    }

    /**
     * Exploit: the top of the latest ranking (an elite, re-evaluated in every generation it is carried into);
     * during generation 0 the scored candidate with the highest fitness (ties: the lowest id); the defaults
     * before any candidate is scored. Deliberately not the highest score ever seen: over a few games each,
     * that is mostly the luckiest candidate, and it would outlive an environment change.
     */
    public Best best() {
        if (!previousRanking.isEmpty()) {
            RankedCandidate top = previousRanking.get(0);
            return new Best(top.id(), top.genome(), OptionalDouble.of(top.fitness()));
        }
        return candidates.stream().filter(this::scored)
                .max(Comparator.comparingDouble(Candidate::rankingFitness)
                        .thenComparing(Candidate::id, Comparator.reverseOrder()))
                .map(c -> new Best(c.id(), c.genome(), OptionalDouble.of(c.rankingFitness())))
                .orElseGet(() -> new Best(Best.DEFAULTS_ID, space.defaults(), OptionalDouble.empty()));
    }

    public Optional<Candidate> candidate(String id) {
        return candidates.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public boolean scored(Candidate candidate) {
        return candidate.gamesPlayed() >= settings.gamesPerCandidate();
    }

    /** Every candidate of this generation has its games. */
    boolean complete() {
        return candidates.stream().allMatch(this::scored);
    }

    OptimiserState withCandidate(Candidate updated) {
        List<Candidate> next = new ArrayList<>(candidates);
        next.replaceAll(c -> c.id().equals(updated.id()) ? updated : c);
        return new OptimiserState(seed, settings, space, generation, next, previousRanking, history,
                eliteBaseline, environmentChanges, ignored);
    }

    OptimiserState withIgnored(RecordStatus status) {
        return new OptimiserState(seed, settings, space, generation, candidates, previousRanking, history,
                eliteBaseline, environmentChanges, ignored.plus(status));
    }
}
