package io.wickedzerg.app.learn;

import io.wickedzerg.optimiser.Candidate;
import io.wickedzerg.optimiser.GenerationSummary;
import io.wickedzerg.optimiser.Optimiser;
import io.wickedzerg.optimiser.OptimiserState;
import io.wickedzerg.optimiser.ParameterSpace;
import io.wickedzerg.optimiser.RankedCandidate;
import io.wickedzerg.optimiser.RecordStatus;
import io.wickedzerg.optimiser.Recorded;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where training stands: the optimiser's state, generation 0 as it was ranked (the evaluation's median comes from
 * it, and the optimiser keeps only the latest ranking), and which games are played. Immutable; each recorded game
 * gives the next one.
 *
 * @param initialRanking generation 0 ranked best first; empty until generation 0 is complete
 * @param played         keys of the training games recorded
 */
public record Training(OptimiserState state, List<RankedCandidate> initialRanking, Set<String> played) {

    public Training {
        initialRanking = List.copyOf(initialRanking);
        played = Set.copyOf(played);
    }

    /** Generation 0 drawn at random over the whole space: a start that knows nothing. */
    public static Training start(Optimiser optimiser, ParameterSpace space, LearnSettings settings) {
        return new Training(optimiser.startRandom(space, settings.optimiserSettings(), settings.seed()), List.of(),
                Set.of());
    }

    /** {@link #start} with {@code records}' training games recorded in order: the state they were recorded into. */
    public static Training replay(Optimiser optimiser, ParameterSpace space, LearnSettings settings,
                                  List<GameRecord> records) {
        Training training = start(optimiser, space, settings);
        for (GameRecord r : records) {
            if (r.phase() == LearnTask.Phase.TRAINING) {
                training = training.record(optimiser, r).training();
            }
        }
        return training;
    }

    /** The state after {@code game}, and the generation it completed, if it did. */
    public Step record(Optimiser optimiser, GameRecord game) {
        if (played.contains(game.key())) {
            throw new IllegalStateException("game " + game.key() + " is recorded twice");
        }
        Recorded recorded = optimiser.record(state, game.player(), game.outcome());
        if (recorded.status() != RecordStatus.RECORDED) {
            // the journal and the optimiser disagree: a journal of another run, or one edited by hand
            throw new IllegalStateException("game " + game.key() + " cannot be recorded for " + game.player()
                    + " in generation " + state.generation() + ": " + recorded.status());
        }
        List<RankedCandidate> initial = initialRanking;
        if (recorded.completed().map(g -> g.generation() == 0).orElse(false)) {
            initial = recorded.state().previousRanking();
        }
        Set<String> keys = new HashSet<>(played);
        keys.add(game.key());
        return new Step(new Training(recorded.state(), initial, keys), recorded.completed());
    }

    /** What recording one game gave. */
    public record Step(Training training, Optional<GenerationSummary> completed) {
    }

    /** The current generation's games not played yet, in candidate order, each candidate's games in order. */
    public List<LearnTask> pending(LearnPlan plan) {
        List<GameCondition> conditions = plan.training(state.generation());
        List<LearnTask> tasks = new ArrayList<>();
        for (Candidate c : state.candidates()) {
            for (int game = 0; game < conditions.size(); game++) {
                LearnTask task = LearnTask.training(c.id(), state.generation(), game, c.genome(), conditions.get(game));
                if (!played.contains(task.key())) {
                    tasks.add(task);
                }
            }
        }
        return tasks;
    }

    public boolean done(int generations) {
        return state.generation() >= generations;
    }

    public List<GenerationSummary> history() {
        return state.history();
    }
}
