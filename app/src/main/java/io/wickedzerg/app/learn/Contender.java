package io.wickedzerg.app.learn;

import io.wickedzerg.optimiser.Best;
import io.wickedzerg.optimiser.Genome;
import io.wickedzerg.optimiser.ParameterSpace;
import io.wickedzerg.optimiser.RankedCandidate;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.stream.IntStream;

/**
 * A parameter set the evaluation plays on fresh seeds.
 *
 * @param name            best, median or defaults: the evaluation's games are keyed by it
 * @param what            what it is, for the report ("final best (g8 ranking top: g7-c02)")
 * @param candidateId     the optimiser's id of it; empty for the defaults
 * @param trainingFitness its ranking fitness in training; empty for the defaults
 */
public record Contender(String name, String what, String candidateId, Genome genome, OptionalDouble trainingFitness) {

    public static final String BEST = "best";
    public static final String MEDIAN = "median";
    public static final String DEFAULTS = "defaults";

    public Contender {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(candidateId, "candidateId");
        Objects.requireNonNull(genome, "genome");
        Objects.requireNonNull(trainingFitness, "trainingFitness");
    }

    /**
     * The final best (the top of the last generation's ranking, as the optimiser exploits it), the median of the
     * random initial population by training fitness (of an even population the better of the two middle ones, so
     * the comparison does not flatter the best), and strategy-defaults.json's values.
     */
    public static List<Contender> of(Training training, ParameterSpace space) {
        if (training.initialRanking().isEmpty()) {
            throw new IllegalStateException("generation 0 is not complete: there is no initial population to compare with");
        }
        Best best = training.state().best();
        List<RankedCandidate> initial = training.initialRanking();
        RankedCandidate median = initial.get((initial.size() - 1) / 2);
        return List.of(
                new Contender(BEST, "final best (top of generation " + (training.state().generation() - 1) + ": "
                        + best.id() + ")", best.id(), best.genome(), best.fitness()),
                new Contender(MEDIAN, "median of the random generation 0 (" + median.id() + ", rank "
                        + (median.rank() + 1) + " of " + initial.size() + ")", median.id(), median.genome(),
                        OptionalDouble.of(median.fitness())),
                new Contender(DEFAULTS, "strategy-defaults.json", "", space.defaults(), OptionalDouble.empty()));
    }

    public List<LearnTask> tasks(List<GameCondition> conditions) {
        return IntStream.range(0, conditions.size())
                .mapToObj(i -> LearnTask.evaluation(name, i, genome, conditions.get(i))).toList();
    }
}
