package io.wickedzerg.clients.learning;

import java.util.Optional;

/**
 * Training data out, strategy parameters in. The remote client and the bot's local learner both
 * implement this, so the bot never branches on the mode.
 */
public interface LearningServiceClient extends AutoCloseable {

    /** Records the result durably first (results spool / local model), then delivers it. */
    void sendTrainingData(GameResult result);

    /** The newest strategy parameters, or empty when none are known yet. */
    Optional<StrategyModel> fetchLatestModel();

    @Override
    void close();
}
