package io.wickedzerg.bot.strategy;

/** A build-order or strategy file is wrong; the message names the file, the step and what is allowed. */
public final class StrategyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StrategyException(String message) {
        super(message);
    }

    public StrategyException(String message, Throwable cause) {
        super(message, cause);
    }
}
