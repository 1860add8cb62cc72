package io.wickedzerg.bot.learning;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.wickedzerg.clients.io.Fsync;
import io.wickedzerg.clients.learning.GameResult;
import io.wickedzerg.clients.learning.StrategyModel;
import io.wickedzerg.optimiser.Candidate;
import io.wickedzerg.optimiser.Optimiser;
import io.wickedzerg.optimiser.OptimiserState;
import io.wickedzerg.optimiser.Outcome;
import io.wickedzerg.optimiser.RecordStatus;
import io.wickedzerg.optimiser.Recorded;
import io.wickedzerg.optimiser.Result;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Local mode's learning service, on the same genetic algorithm as the learning service ({@link Optimiser}). A
 * game asks for the candidate to evaluate next ({@link OptimiserState#next()}); its version is {@code local-} and
 * the candidate's id ({@code local-g3-c07}), the prefix keeping a service model's results off the local
 * candidates. Every result is appended to {@code results.jsonl} first (nothing is lost if the rest fails), then
 * recorded for the candidate its version names (a result for another version is counted and ignored), and the
 * state replaces {@code optimiser-state.json} atomically. Called at game start and end, off the step path.
 */
public final class LocalLearner implements BotLearning {

    public static final String VERSION_PREFIX = "local-";

    private static final Logger LOG = LoggerFactory.getLogger(LocalLearner.class);

    private final Path dir;
    private final Optimiser optimiser;
    private final OptimiserState initial;
    private final OptimiserStateFile stateFile;
    private final ObjectMapper json = new ObjectMapper();
    private int lastParametersUpdated;

    /**
     * @param dir     folder of {@code optimiser-state.json} and {@code results.jsonl} (e.g. data/learning)
     * @param initial where learning starts when the folder holds no usable state (generation 0 over the config's
     *                parameters and build orders)
     */
    public LocalLearner(Path dir, Optimiser optimiser, OptimiserState initial) {
        this(dir, optimiser, initial, Fsync.system());
    }

    LocalLearner(Path dir, Optimiser optimiser, OptimiserState initial, Fsync fsync) {
        this.dir = dir;
        this.optimiser = optimiser;
        this.initial = initial;
        this.stateFile = new OptimiserStateFile(dir.resolve("optimiser-state.json"), fsync);
    }

    public Path stateFile() {
        return stateFile.path();
    }

    public Path resultsFile() {
        return dir.resolve("results.jsonl");
    }

    /** The state on disk, or the initial one when there is none usable. */
    public synchronized OptimiserState state() {
        return stateFile.read(initial.space()).orElse(initial);
    }

    /** Always a model: the candidate to evaluate next, with its build order. */
    @Override
    public synchronized Optional<StrategyModel> fetchLatestModel() {
        Candidate next = state().next();
        return Optional.of(new StrategyModel(VERSION_PREFIX + next.id(), next.genome().parameters(),
                next.genome().buildOrder()));
    }

    @Override
    public synchronized void sendTrainingData(GameResult result) {
        try {
            Files.createDirectories(dir);
            Files.writeString(resultsFile(), json.writeValueAsString(result) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            OptimiserState before = state();
            Recorded recorded = record(before, result);
            stateFile.write(recorded.state());
            lastParametersUpdated = changed(before, recorded, result);
            log(result, recorded);
        } catch (IOException e) {
            throw new UncheckedIOException("learning data in " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * The parameters in which the candidate the next game gets differs from the one {@code result} was played
     * with, once the result is recorded; 0 when it is not recorded here (not a local candidate's, or stale).
     * Computed on the state as it is now; writes nothing.
     */
    @Override
    public synchronized int parametersToUpdate(GameResult result) {
        OptimiserState before = state();
        return changed(before, record(before, result), result);
    }

    /** Parameters the last recorded result changed (see {@link #parametersToUpdate}). */
    public int lastParametersUpdated() {
        return lastParametersUpdated;
    }

    private Recorded record(OptimiserState state, GameResult result) {
        return optimiser.record(state, candidateId(result.modelVersion()), outcome(result));
    }

    private static int changed(OptimiserState before, Recorded recorded, GameResult result) {
        if (recorded.status() != RecordStatus.RECORDED) {
            return 0;
        }
        Candidate played = before.candidate(candidateId(result.modelVersion())).orElseThrow();
        return recorded.state().next().genome().parametersChangedFrom(played.genome());
    }

    /** A version this learner did not serve keeps a mark that can name no candidate: it is counted as unknown. */
    private static String candidateId(String version) {
        if (version != null && version.startsWith(VERSION_PREFIX)) {
            return version.substring(VERSION_PREFIX.length());
        }
        return "not-local:" + version;
    }

    private static Outcome outcome(GameResult result) {
        Result how;
        try {
            how = Result.parse(result.gameResult());
        } catch (IllegalArgumentException e) {
            LOG.warn("game {}: {}; learned from as undecided", result.gameId(), e.getMessage());
            how = Result.UNDECIDED;
        }
        return new Outcome(how, Math.max(0, result.gameTime()), value(result.killedValue()), value(result.lostValue()));
    }

    /** A killed or lost value the fitness can use; anything else counts as unknown (the trade term takes 1/2). */
    private static Double value(Double v) {
        return v != null && Double.isFinite(v) && v >= 0 ? v : null;
    }

    private static void log(GameResult result, Recorded recorded) {
        OptimiserState s = recorded.state();
        if (recorded.status() != RecordStatus.RECORDED) {
            LOG.info("game {} played {}: not learned from ({}); the next game plays {}", result.gameId(),
                    result.modelVersion(), recorded.status(), VERSION_PREFIX + s.next().id());
            return;
        }
        recorded.completed().ifPresent(g -> LOG.info("generation {} done: {} games, {} won, mean fitness {}, best {}",
                g.generation(), g.games(), g.wins(), Math.round(g.meanFitness() * 1000) / 1000.0, g.bestCandidate()));
        LOG.info("game {} recorded for {}; the next game plays {}", result.gameId(), result.modelVersion(),
                VERSION_PREFIX + s.next().id());
    }

    @Override
    public void close() {
        // Nothing held open: every call writes and closes its files.
    }
}
