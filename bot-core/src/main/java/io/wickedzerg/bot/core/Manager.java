package io.wickedzerg.bot.core;

/**
 * One concern of the bot (economy, supply, combat, ...). Runs once per step, in the pipeline's fixed
 * order, and acts only through the context: its roles, the ledger and the command sink.
 */
public interface Manager {

    /** Short stable name: the step budget and logs key on it. */
    String name();

    void onStep(StepContext context);
}
