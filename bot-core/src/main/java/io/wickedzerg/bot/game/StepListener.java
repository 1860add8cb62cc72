package io.wickedzerg.bot.game;

import io.wickedzerg.bot.model.StepSnapshot;

/** Sees every step after the managers ran (the CLI's progress line). Must be cheap. */
@FunctionalInterface
public interface StepListener {

    StepListener NONE = (snapshot, brain) -> { };

    void afterStep(StepSnapshot snapshot, BotBrain brain);
}
