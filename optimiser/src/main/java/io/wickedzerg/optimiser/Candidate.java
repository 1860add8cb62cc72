package io.wickedzerg.optimiser;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One parameter set of the current generation and what its games said.
 *
 * @param id             {@code g<generation>-c<index>}, e.g. {@code g3-c07}: it names the generation the candidate
 *                       plays in, so a result for an earlier generation's candidate is recognisably stale
 * @param parents        ids in the previous generation it came from: an elite's former self, a child's parents
 * @param earlierFitness an elite carried over: the fitness of its games in earlier generations, oldest first, at
 *                       most {@link OptimiserSettings#baselineWindow()} of them, counted in its ranking; empty for
 *                       every other candidate
 * @param games          this generation's games, in the order they were recorded
 */
public record Candidate(String id, Genome genome, Origin origin, List<String> parents, List<Double> earlierFitness,
                        List<Evaluation> games) {

    public Candidate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(genome, "genome");
        Objects.requireNonNull(origin, "origin");
        parents = List.copyOf(parents);
        earlierFitness = List.copyOf(earlierFitness);
        games = List.copyOf(games);
    }

    static Candidate fresh(String id, Genome genome, Origin origin, List<String> parents) {
        return new Candidate(id, genome, origin, parents, List.of(), List.of());
    }

    public int gamesPlayed() {
        return games.size();
    }

    public int wins() {
        return (int) games.stream().filter(g -> g.outcome().result() == Result.VICTORY).count();
    }

    /** Mean fitness of this generation's games; 0 before any. */
    public double meanFitness() {
        return games.stream().mapToDouble(Evaluation::fitness).average().orElse(0);
    }

    /**
     * What the candidate is ranked by: the mean over this generation's games and, for an elite carried over, its
     * earlier games too (more games, less luck in the ranking).
     */
    public double rankingFitness() {
        double sum = earlierFitness.stream().mapToDouble(Double::doubleValue).sum()
                + games.stream().mapToDouble(Evaluation::fitness).sum();
        int n = earlierFitness.size() + games.size();
        return n == 0 ? 0 : sum / n;
    }

    /** The fitness values a successor carries as its earlier games: the latest {@code window} of all of them. */
    List<Double> fitnessHistory(int window) {
        List<Double> all = new ArrayList<>(earlierFitness);
        games.forEach(g -> all.add(g.fitness()));
        return List.copyOf(all.subList(Math.max(0, all.size() - window), all.size()));
    }

    Candidate withGame(Evaluation game) {
        List<Evaluation> more = new ArrayList<>(games);
        more.add(game);
        return new Candidate(id, genome, origin, parents, earlierFitness, more);
    }
}
