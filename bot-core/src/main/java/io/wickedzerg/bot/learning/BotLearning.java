package io.wickedzerg.bot.learning;

import io.wickedzerg.clients.learning.LearningServiceClient;
import java.util.Map;

/**
 * The learning client as the bot uses it: it also says, before a game's result is sent, how many
 * strategy parameters learning from that result changes, so the result can carry the number.
 */
public interface BotLearning extends LearningServiceClient {

    /**
     * How many strategy parameters the learner of this process changes when it learns from a game
     * played with {@code played} that ended in {@code gameResult}; 0 when none here learns from it
     * (a learning service counts its own update).
     */
    int parametersToUpdate(String gameResult, Map<String, Double> played);
}
