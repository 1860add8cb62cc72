package io.wickedzerg.bot.logging;

/**
 * What became of the WARN and ERROR lines the appender saw.
 *
 * @param shipped     handed to the telemetry client (which counts its own drops, e.g. a full queue)
 * @param rateLimited not shipped because the token bucket was empty; the log file still has them
 * @param ownLines    not shipped because the telemetry path itself logged them (no feedback loop)
 * @param failed      not shipped because turning them into an event failed
 */
public record LogShippingStats(long shipped, long rateLimited, long ownLines, long failed) {

    public static final LogShippingStats NONE = new LogShippingStats(0, 0, 0, 0);
}
