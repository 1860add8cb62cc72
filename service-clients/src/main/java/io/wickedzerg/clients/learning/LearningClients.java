package io.wickedzerg.clients.learning;

import io.wickedzerg.config.HybridConfig;

/**
 * The remote learning client. The local learner (bot-core) implements the same
 * {@link LearningServiceClient}, so the bot chooses once, from {@link HybridConfig#isLearningRemote()}.
 */
public final class LearningClients {

    private LearningClients() {
    }

    /** HTTP to {@code learning_service_url}, results spooled under {@code <spool_dir>/<instance_id>/results}. */
    public static HttpLearningClient remote(HybridConfig config) {
        return builder(config).build();
    }

    public static LearningClientBuilder builder(HybridConfig config) {
        return new LearningClientBuilder(config);
    }
}
