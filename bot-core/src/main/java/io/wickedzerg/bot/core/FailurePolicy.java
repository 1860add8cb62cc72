package io.wickedzerg.bot.core;

/** What a manager exception does: on the ladder the step goes on; in tests the game fails loudly. */
public enum FailurePolicy {
    COUNT_AND_CONTINUE,
    RETHROW
}
