package io.wickedzerg.services.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * One service's database: a HikariCP pool and the Flyway migrations of that service, the same
 * scripts for SQLite and PostgreSQL. Each service keeps its own migration history table, so several
 * services can share one PostgreSQL database.
 */
public final class Database implements AutoCloseable {

    private final HikariDataSource pool;
    private final Dialect dialect;
    // SQLite has one writer per file: a second writing connection does not queue, it sleeps in the
    // busy handler (1, 2, 5 ... 100 ms) and retries. Writers of this process queue here instead.
    private final Lock sqliteWriter = new ReentrantLock(true);

    private Database(HikariDataSource pool, Dialect dialect) {
        this.pool = pool;
        this.dialect = dialect;
    }

    /** Work inside one transaction. */
    @FunctionalInterface
    public interface Transaction<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws.
     * On SQLite the writers of this process take turns; PostgreSQL runs them side by side.
     */
    public <T> T inTransaction(Transaction<T> work) throws SQLException {
        boolean serial = dialect == Dialect.SQLITE;
        if (serial) {
            sqliteWriter.lock();
        }
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } finally {
            if (serial) {
                sqliteWriter.unlock();
            }
        }
    }

    /**
     * Opens the pool and migrates to the latest schema of {@code service} (scripts under
     * {@code db/<service>/}).
     */
    public static Database open(String jdbcUrl, String user, String password, int poolSize, String service,
                                MeterRegistry metrics) {
        Dialect dialect = Dialect.of(jdbcUrl);
        if (dialect == Dialect.SQLITE) {
            createParentFolder(jdbcUrl);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setPoolName(service + "-db");
        config.setMaximumPoolSize(poolSize);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(10_000);
        config.setInitializationFailTimeout(10_000);
        if (!user.isEmpty()) {
            config.setUsername(user);
        }
        if (!password.isEmpty()) {
            config.setPassword(password);
        }
        if (dialect == Dialect.SQLITE) {
            // WAL lets readers run beside the one writer; NORMAL is durable across a process crash in WAL mode
            config.addDataSourceProperty("journal_mode", "WAL");
            config.addDataSourceProperty("synchronous", "NORMAL");
            config.addDataSourceProperty("busy_timeout", "10000");
        }
        if (metrics != null) {
            config.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(metrics));
        }
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new DatabaseUnavailableException("database " + redact(jdbcUrl) + " cannot be opened: "
                    + rootMessage(e), e);
        }
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/" + service)
                    .table("flyway_history_" + service).baselineOnMigrate(true).baselineVersion("0")
                    .load().migrate();
        } catch (FlywayException e) {
            pool.close();
            throw new DatabaseUnavailableException("database " + redact(jdbcUrl) + " cannot be migrated: "
                    + rootMessage(e), e);
        }
        return new Database(pool, dialect);
    }

    private static void createParentFolder(String jdbcUrl) {
        String file = jdbcUrl.substring("jdbc:sqlite:".length()).split("\\?")[0];
        if (file.isEmpty() || file.startsWith(":memory:") || file.startsWith("file:")) {
            return;
        }
        Path parent = Path.of(file).toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new DatabaseUnavailableException("database folder " + parent + " cannot be created: " + e, e);
        }
    }

    /** The URL without query parameters, which may hold a password. */
    static String redact(String jdbcUrl) {
        return jdbcUrl.split("\\?")[0];
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage().lines().findFirst().orElse("");
    }

    public DataSource dataSource() {
        return pool;
    }

    public Dialect dialect() {
        return dialect;
    }

    public Connection connection() throws SQLException {
        return pool.getConnection();
    }

    /** Readiness: a connection answers within a second. */
    public boolean isReachable() {
        try (Connection connection = pool.getConnection()) {
            return connection.isValid(1);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}
