package io.wickedzerg.bot.learning;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.wickedzerg.clients.io.AtomicFiles;
import io.wickedzerg.clients.learning.GameResult;
import io.wickedzerg.clients.learning.StrategyModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Local mode's learning service: every result is appended to {@code results.jsonl} first (nothing is
 * lost if the update fails), then the {@link UpdateRule} moves the model in {@code model.json},
 * replaced atomically. Called at game end, off the step path.
 */
public final class LocalLearner implements BotLearning {

    private static final Logger LOG = LoggerFactory.getLogger(LocalLearner.class);

    private final Path dir;
    private final UpdateRule rule;
    private final Map<String, Double> defaults;
    private final ObjectMapper json = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);
    private int lastParametersUpdated;

    /**
     * @param dir      folder of {@code model.json} and {@code results.jsonl} (e.g. data/learning)
     * @param defaults starting parameters when there is no model file yet
     */
    public LocalLearner(Path dir, UpdateRule rule, Map<String, Double> defaults) {
        this.dir = dir;
        this.rule = rule;
        this.defaults = Map.copyOf(defaults);
    }

    public Path modelFile() {
        return dir.resolve("model.json");
    }

    public Path resultsFile() {
        return dir.resolve("results.jsonl");
    }

    @Override
    public void sendTrainingData(GameResult result) {
        try {
            Files.createDirectories(dir);
            Files.writeString(resultsFile(), json.writeValueAsString(result) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            LearnedModel current = currentModel();
            UpdateRule.Result updated = rule.apply(current, result.parameters(), UpdateRule.reward(result.gameResult()));
            writeModel(updated.model());
            lastParametersUpdated = updated.parametersUpdated();
            LOG.info("local model {} -> {} ({} parameters updated)", current.version(), updated.model().version(),
                    updated.parametersUpdated());
        } catch (IOException e) {
            throw new UncheckedIOException("learning data in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** What {@link #sendTrainingData} will change, computed on the model as it is now; writes nothing. */
    @Override
    public int parametersToUpdate(String gameResult, Map<String, Double> played) {
        return rule.apply(currentModel(), played, UpdateRule.reward(gameResult)).parametersUpdated();
    }

    private LearnedModel currentModel() {
        return readModel().orElseGet(() -> LearnedModel.initial(defaults));
    }

    @Override
    public Optional<StrategyModel> fetchLatestModel() {
        return readModel().map(m -> new StrategyModel(m.version(), m.parameters()));
    }

    public Optional<LearnedModel> readModel() {
        Path file = modelFile();
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(file.toFile(), LearnedModel.class));
        } catch (IOException e) {
            // A broken model must not stop the bot from playing: start over from the defaults, keep the file.
            LOG.warn("unreadable model {} ({}); using defaults", file, e.getMessage());
            return Optional.empty();
        }
    }

    private void writeModel(LearnedModel model) throws IOException {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("generation", model.generation());
        out.put("parameters", model.parameters());
        out.put("baseline", model.baseline());
        out.put("games", model.games());
        out.put("wins", model.wins());
        AtomicFiles.replace(modelFile(), json.writerWithDefaultPrettyPrinter().writeValueAsBytes(out));
    }

    /** Parameters the last update changed. */
    public int lastParametersUpdated() {
        return lastParametersUpdated;
    }

    @Override
    public void close() {
        // Nothing held open: every call writes and closes its files.
    }
}
