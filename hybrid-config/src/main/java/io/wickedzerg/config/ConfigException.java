package io.wickedzerg.config;

/**
 * A setting that cannot be used; the message names its source and what would be accepted. One line,
 * so a command line can print {@code getMessage()} as it is.
 */
public class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
