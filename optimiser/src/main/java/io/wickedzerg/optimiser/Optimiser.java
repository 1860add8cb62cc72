package io.wickedzerg.optimiser;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The genetic algorithm over strategy parameters and build orders, as functions from one immutable
 * {@link OptimiserState} to the next. Use: start a state ({@link #startFromDefaults} or {@link #startRandom}),
 * play {@link OptimiserState#next()} (or exploit {@link OptimiserState#best()}), {@link #record} each game's
 * outcome under the candidate's id, store the returned state. When the last candidate of a generation has its
 * games, the generation is ranked into tiers, checked for an environment change and bred into the next.
 * The same seed and the same recorded outcomes always give the same states; the clock only stamps
 * environment changes.
 */
public final class Optimiser {

    private static final Logger LOG = LoggerFactory.getLogger(Optimiser.class);

    private final Clock clock;

    public Optimiser(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Generation 0 = the defaults and mutated copies of them. */
    public OptimiserState startFromDefaults(ParameterSpace space, OptimiserSettings settings, long seed) {
        return InitialPopulation.fromDefaults(space, settings, seed);
    }

    /** Generation 0 = random candidates over the whole space. */
    public OptimiserState startRandom(ParameterSpace space, OptimiserSettings settings, long seed) {
        return InitialPopulation.random(space, settings, seed);
    }

    /**
     * Adds one game's outcome to the candidate {@code candidateId} of the current generation. A result for an id
     * that is not there (unknown, or of an earlier generation) or for a candidate that already has its games is
     * counted in {@link OptimiserState#ignored()} and changes nothing else; the status says which.
     */
    public Recorded record(OptimiserState state, String candidateId, Outcome outcome) {
        Objects.requireNonNull(outcome, "outcome");
        Optional<Candidate> found = state.candidate(candidateId);
        if (found.isEmpty()) {
            OptionalInt of = CandidateIds.generationOf(candidateId);
            RecordStatus status = of.isPresent() && of.getAsInt() < state.generation()
                    ? RecordStatus.STALE_CANDIDATE : RecordStatus.UNKNOWN_CANDIDATE;
            return Recorded.ignored(state.withIgnored(status), status);
        }
        if (state.scored(found.get())) {
            return Recorded.ignored(state.withIgnored(RecordStatus.ALREADY_SCORED), RecordStatus.ALREADY_SCORED);
        }
        OptimiserState updated = state.withCandidate(found.get().withGame(Evaluation.of(outcome)));
        if (!updated.complete()) {
            return new Recorded(updated, RecordStatus.RECORDED, Optional.empty(), Optional.empty());
        }
        return advance(updated);
    }

    /** Ranks the completed generation, checks the elite, breeds the next one. */
    private Recorded advance(OptimiserState done) {
        OptimiserSettings settings = done.settings();
        List<RankedCandidate> ranking = Ranking.of(done.candidates(), settings);
        List<Double> recent = EnvironmentMonitor.recent(done.candidates());
        Optional<EnvironmentChange> change = EnvironmentMonitor.drop(done.eliteBaseline(), recent, settings)
                .map(d -> new EnvironmentChange(done.generation(), d.baseline(), d.recent(), clock.instant()));
        change.ifPresent(c -> LOG.warn("environment change in generation {}: the elite's fitness fell from {} to {} "
                        + "({} %); the next {} generations explore wider", c.generation(), round(c.baseline()),
                round(c.recent()), Math.round(c.drop() * 100), settings.widenedGenerations()));
        List<EnvironmentChange> changes = new ArrayList<>(done.environmentChanges());
        change.ifPresent(changes::add);
        List<Double> baseline = EnvironmentMonitor.nextBaseline(done.eliteBaseline(), recent, change.isPresent(),
                settings.baselineWindow());
        List<GenerationSummary> history = new ArrayList<>(done.history());
        GenerationSummary summary = summary(done, ranking);
        history.add(summary);

        int next = done.generation() + 1;
        List<Candidate> bred = new Breeder(done.space(), settings, GenerationRandom.of(done.seed(), next))
                .breed(done.candidates(), ranking, next, EnvironmentMonitor.widened(changes, next, settings));
        OptimiserState advanced = new OptimiserState(done.seed(), settings, done.space(), next, bred, ranking, history,
                baseline, changes, done.ignored());
        return new Recorded(advanced, RecordStatus.RECORDED, Optional.of(summary), change);
    }

    private static GenerationSummary summary(OptimiserState done, List<RankedCandidate> ranking) {
        int games = 0;
        int wins = 0;
        double sum = 0;
        for (Candidate c : done.candidates()) {
            games += c.gamesPlayed();
            wins += c.wins();
            sum += c.games().stream().mapToDouble(Evaluation::fitness).sum();
        }
        RankedCandidate top = ranking.get(0);
        return new GenerationSummary(done.generation(), games, wins, games == 0 ? 0 : sum / games, top.fitness(),
                top.id());
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
