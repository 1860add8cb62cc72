package io.wickedzerg.bot.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import io.wickedzerg.clients.telemetry.TelemetryEvent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One log line as a telemetry event of kind {@value #KIND}: {@code level}, {@code logger}, {@code message}
 * (formatted), {@code thread}, {@code error} (the exception's class and message, only when there is one)
 * and {@code time} (ISO-8601 instant). Texts are cut at {@value #MAX_TEXT} characters: one huge message
 * must not make a batch the service refuses.
 */
public final class LogLineEvent {

    public static final String KIND = "log";
    public static final int MAX_TEXT = 2_000;

    private LogLineEvent() {
    }

    public static TelemetryEvent of(ILoggingEvent line, GamePosition game) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("level", line.getLevel().toString());
        fields.put("logger", line.getLoggerName());
        fields.put("message", truncate(line.getFormattedMessage()));
        fields.put("thread", line.getThreadName());
        IThrowableProxy error = line.getThrowableProxy();
        if (error != null) {
            String message = error.getMessage();
            fields.put("error", truncate(message == null ? error.getClassName() : error.getClassName() + ": " + message));
        }
        fields.put("time", line.getInstant().toString());
        return new TelemetryEvent(game.gameId(), game.gameLoop(), KIND, fields);
    }

    /** At most {@link #MAX_TEXT} chars, never half a surrogate pair; null stays null (a message may be). */
    static String truncate(String text) {
        if (text == null || text.length() <= MAX_TEXT) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(MAX_TEXT - 1)) ? MAX_TEXT - 1 : MAX_TEXT;
        return text.substring(0, end);
    }
}
