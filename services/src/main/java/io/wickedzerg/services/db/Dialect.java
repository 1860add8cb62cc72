package io.wickedzerg.services.db;

/** The two engines the services run on; the SQL they share is written to work on both. */
public enum Dialect {
    SQLITE,
    POSTGRESQL;

    static Dialect of(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("database_url: not a supported database; allowed: jdbc:sqlite:<file> or"
                + " jdbc:postgresql://host/db");
    }
}
