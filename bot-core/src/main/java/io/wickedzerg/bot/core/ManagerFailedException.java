package io.wickedzerg.bot.core;

/** A manager threw while {@link FailurePolicy#RETHROW} was in force. */
public final class ManagerFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ManagerFailedException(String manager, long gameLoop, Throwable cause) {
        super("manager '" + manager + "' failed at game loop " + gameLoop + ": " + cause, cause);
    }
}
