package io.wickedzerg.services.logs;

/**
 * One WARN or ERROR line from a service or a bot.
 *
 * @param source  who wrote it, unique per process (a service instance id, a bot's run id)
 * @param seq     the line's number at its source: shipping is idempotent on (source, seq)
 * @param service "telemetry", "registry", "bot", ...
 * @param error   exception class and message, or null
 */
public record LogLine(String source, long seq, String service, String level, String logger, String message,
                      String error, String thread, long timeMs) {
}
