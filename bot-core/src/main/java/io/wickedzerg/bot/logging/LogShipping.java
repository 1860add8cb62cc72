package io.wickedzerg.bot.logging;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import io.wickedzerg.clients.telemetry.TelemetryServiceClient;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/**
 * The bot's WARN and ERROR lines on their way to the telemetry service: a {@link TelemetryLogAppender} on the
 * root logger from {@link #attach} until {@link #close()}. Close it before the telemetry client, so no line is
 * handed to a client that no longer takes any.
 */
public final class LogShipping implements AutoCloseable {

    /** 10 lines a second, 50 at once: a real burst of errors passes, a warning every step does not. */
    public static final double LINES_PER_SECOND = 10;
    public static final int BURST = 50;

    private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(LogShipping.class);

    private final Logger root;
    private final TelemetryLogAppender appender;

    private LogShipping(Logger root, TelemetryLogAppender appender) {
        this.root = root;
        this.appender = appender;
    }

    /** Ships nothing: local mode, or logging that is not logback. */
    public static LogShipping none() {
        return new LogShipping(null, null);
    }

    /**
     * Attaches to the root logger of {@code factory} when it is logback's (the bot's jar binds SLF4J to
     * logback); otherwise ships nothing and says so once.
     */
    public static LogShipping attach(ILoggerFactory factory, TelemetryServiceClient client,
                                     Supplier<GamePosition> game, LongSupplier nanoClock) {
        if (!(factory instanceof LoggerContext context)) {
            LOG.info("log lines are not shipped to telemetry: SLF4J is bound to {}, not logback",
                    factory.getClass().getName());
            return none();
        }
        return attach(context, client, game, new TokenBucket(LINES_PER_SECOND, BURST, nanoClock));
    }

    public static LogShipping attach(LoggerContext context, TelemetryServiceClient client,
                                     Supplier<GamePosition> game, TokenBucket bucket) {
        TelemetryLogAppender appender = new TelemetryLogAppender(client, game, bucket,
                TelemetryLogAppender.DEFAULT_EXCLUDED);
        appender.setContext(context);
        appender.start();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(appender);
        return new LogShipping(root, appender);
    }

    public LogShippingStats stats() {
        return appender == null ? LogShippingStats.NONE : appender.stats();
    }

    /** Detaches the appender; a line being appended right now may still reach the client. Idempotent. */
    @Override
    public void close() {
        if (appender != null) {
            root.detachAppender(appender);
            appender.stop();
        }
    }
}
