package io.wickedzerg.bot.game;

import io.wickedzerg.bot.model.StepSnapshot;

/** Sees every step after the managers ran (the CLI's progress line), and the moment before the first. */
@FunctionalInterface
public interface StepListener {

    StepListener NONE = (snapshot, brain) -> { };

    /** After each step; must be cheap. */
    void afterStep(StepSnapshot snapshot, BotBrain brain);

    /** Once a game, when the bot is ready (its warm-up done) and before the first step's time runs. */
    default void beforeFirstStep() {
    }
}
