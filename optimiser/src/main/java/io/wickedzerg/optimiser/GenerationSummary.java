package io.wickedzerg.optimiser;

/**
 * A completed generation in numbers.
 *
 * @param games         games its candidates played in it
 * @param wins          victories among them
 * @param meanFitness   mean fitness of those games
 * @param bestFitness   the top-ranked candidate's ranking fitness
 * @param bestCandidate the top-ranked candidate's id
 */
public record GenerationSummary(int generation, int games, int wins, double meanFitness, double bestFitness,
                                String bestCandidate) {

    public double winRate() {
        return games == 0 ? 0 : (double) wins / games;
    }
}
