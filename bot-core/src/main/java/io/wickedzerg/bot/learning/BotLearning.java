package io.wickedzerg.bot.learning;

import io.wickedzerg.clients.learning.GameResult;
import io.wickedzerg.clients.learning.LearningServiceClient;

/**
 * The learning client as the bot uses it: it also says, before a game's result is sent, how many
 * strategy parameters learning from that result changes, so the result can carry the number.
 */
public interface BotLearning extends LearningServiceClient {

    /**
     * How many strategy parameters learning from {@code result} (its {@code parametersUpdated} not yet filled in)
     * changes in the learner of this process; 0 when none here learns from it (a learning service counts its own
     * update). Writes nothing.
     */
    int parametersToUpdate(GameResult result);
}
