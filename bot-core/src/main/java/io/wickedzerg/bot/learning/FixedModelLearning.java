package io.wickedzerg.bot.learning;

import io.wickedzerg.clients.learning.GameResult;
import io.wickedzerg.clients.learning.StrategyModel;
import java.util.Objects;
import java.util.Optional;

/**
 * Plays one given parameter set in every game ({@code play --strategy-file}) instead of asking the learner, so a
 * caller that evaluates parameter sets itself (the {@code learn} command) decides what is played. Results still go
 * to the usual learning client, which keeps them and learns nothing from a version it did not serve.
 */
public final class FixedModelLearning implements BotLearning {

    private final StrategyModel model;
    private final BotLearning results;

    public FixedModelLearning(StrategyModel model, BotLearning results) {
        this.model = Objects.requireNonNull(model, "model");
        this.results = Objects.requireNonNull(results, "results");
    }

    @Override
    public Optional<StrategyModel> fetchLatestModel() {
        return Optional.of(model);
    }

    @Override
    public void sendTrainingData(GameResult result) {
        results.sendTrainingData(result);
    }

    @Override
    public int parametersToUpdate(GameResult result) {
        return results.parametersToUpdate(result);
    }

    @Override
    public void close() {
        results.close();
    }
}
