package io.wickedzerg.bot.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import io.wickedzerg.clients.telemetry.TelemetryServiceClient;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Hands every WARN and ERROR line to the telemetry client as a {@code log} event, so the errors of a bot on
 * another machine are seen centrally. It runs on whatever thread logged the line (often the game thread), so
 * it does nothing that can wait: the client's {@code send} is O(1) and never blocks, the token bucket is a few
 * arithmetic operations, and nothing is thrown back at the logger.
 *
 * <p>Unsynchronized on purpose: logback's {@code AppenderBase} would make every logging thread queue on one
 * lock. Its base class also refuses a line logged from inside {@code append} on the same thread (a
 * per-thread guard), which stops a synchronous feedback loop; the excluded loggers stop the asynchronous one:
 * the telemetry worker and the HTTP stack log about shipping, and shipping that would make more of it.
 */
public final class TelemetryLogAppender extends UnsynchronizedAppenderBase<ILoggingEvent> {

    /** The telemetry client's own packages and its HTTP stack. */
    public static final List<String> DEFAULT_EXCLUDED = List.of("io.wickedzerg.clients", "okhttp3", "okio");

    private final TelemetryServiceClient client;
    private final Supplier<GamePosition> game;
    private final TokenBucket bucket;
    private final List<String> excludedLoggers;
    private final LongAdder shipped = new LongAdder();
    private final LongAdder rateLimited = new LongAdder();
    private final LongAdder ownLines = new LongAdder();
    private final LongAdder failed = new LongAdder();

    /**
     * @param game            the game running now (read once per shipped line)
     * @param excludedLoggers logger names (and their children) whose lines are never shipped
     */
    public TelemetryLogAppender(TelemetryServiceClient client, Supplier<GamePosition> game, TokenBucket bucket,
                                List<String> excludedLoggers) {
        this.client = Objects.requireNonNull(client, "client");
        this.game = Objects.requireNonNull(game, "game");
        this.bucket = Objects.requireNonNull(bucket, "bucket");
        this.excludedLoggers = List.copyOf(excludedLoggers);
        setName("telemetry-log-shipping");
    }

    @Override
    protected void append(ILoggingEvent line) {
        try {
            if (!line.getLevel().isGreaterOrEqual(Level.WARN)) {
                return;
            }
            if (isExcluded(line.getLoggerName())) {
                ownLines.increment();
                return;
            }
            // counted before the line is built: a flood costs a clock read each, not a map and a string
            if (!bucket.tryAcquire()) {
                rateLimited.increment();
                return;
            }
            client.send(LogLineEvent.of(line, game.get()));
            shipped.increment();
        } catch (RuntimeException unexpected) {
            // logging it would come back here; the count is what the report shows
            failed.increment();
        }
    }

    private boolean isExcluded(String logger) {
        for (String excluded : excludedLoggers) {
            if (logger.startsWith(excluded)
                    && (logger.length() == excluded.length() || logger.charAt(excluded.length()) == '.')) {
                return true;
            }
        }
        return false;
    }

    public LogShippingStats stats() {
        return new LogShippingStats(shipped.sum(), rateLimited.sum(), ownLines.sum(), failed.sum());
    }
}
