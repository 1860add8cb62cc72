package io.wickedzerg.bot.learning;

import io.wickedzerg.clients.learning.GameResult;
import io.wickedzerg.clients.learning.LearningServiceClient;
import io.wickedzerg.clients.learning.StrategyModel;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hybrid mode: results go to the learning service (its client spools them when it is down); the
 * model comes from the service. With {@code fallback_to_local} (the original design's "fall back to
 * local learning when the service is unavailable") the local learner also learns from every result
 * and answers when the service does not, so the fallback model is current; without it the bot
 * relies on the service alone and plays its defaults when the service has no model.
 */
public final class RemoteFirstLearning implements BotLearning {

    private static final Logger LOG = LoggerFactory.getLogger(RemoteFirstLearning.class);

    private final LearningServiceClient remote;
    private final BotLearning local;
    private final boolean fallbackToLocal;

    public RemoteFirstLearning(LearningServiceClient remote, BotLearning local, boolean fallbackToLocal) {
        this.remote = remote;
        this.local = local;
        this.fallbackToLocal = fallbackToLocal;
    }

    @Override
    public void sendTrainingData(GameResult result) {
        try {
            remote.sendTrainingData(result);
        } finally {
            if (fallbackToLocal) {
                local.sendTrainingData(result);
            }
        }
    }

    /** The local learner's count when it learns from the game too; the service counts its own update. */
    @Override
    public int parametersToUpdate(GameResult result) {
        return fallbackToLocal ? local.parametersToUpdate(result) : 0;
    }

    @Override
    public Optional<StrategyModel> fetchLatestModel() {
        try {
            Optional<StrategyModel> model = remote.fetchLatestModel();
            if (model.isPresent()) {
                return model;
            }
        } catch (RuntimeException e) {
            LOG.warn("learning service unavailable ({}){}", e.toString(),
                    fallbackToLocal ? "; using the local model" : "; fallback_to_local is off: defaults");
        }
        return fallbackToLocal ? local.fetchLatestModel() : Optional.empty();
    }

    @Override
    public void close() {
        try {
            remote.close();
        } finally {
            local.close();
        }
    }
}
