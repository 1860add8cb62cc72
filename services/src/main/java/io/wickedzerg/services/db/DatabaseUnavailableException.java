package io.wickedzerg.services.db;

/** The database cannot be opened or migrated; the message is one line for the console. */
public final class DatabaseUnavailableException extends RuntimeException {

    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
