package io.wickedzerg.bot.learning;

import io.wickedzerg.clients.learning.GameResult;
import io.wickedzerg.clients.learning.LearningServiceClient;
import io.wickedzerg.clients.learning.StrategyModel;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hybrid mode: results go to the learning service (its client spools them when it is down); the
 * model comes from the service, else from the local model file, so the bot never plays blind.
 */
public final class RemoteFirstLearning implements LearningServiceClient {

    private static final Logger LOG = LoggerFactory.getLogger(RemoteFirstLearning.class);

    private final LearningServiceClient remote;
    private final LearningServiceClient local;

    public RemoteFirstLearning(LearningServiceClient remote, LearningServiceClient local) {
        this.remote = remote;
        this.local = local;
    }

    @Override
    public void sendTrainingData(GameResult result) {
        remote.sendTrainingData(result);
    }

    @Override
    public Optional<StrategyModel> fetchLatestModel() {
        try {
            Optional<StrategyModel> model = remote.fetchLatestModel();
            if (model.isPresent()) {
                return model;
            }
        } catch (RuntimeException e) {
            LOG.warn("learning service unavailable ({}); using the local model", e.toString());
        }
        return local.fetchLatestModel();
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
