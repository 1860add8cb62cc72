package io.wickedzerg.services.telemetry;

import io.wickedzerg.services.logs.LogLine;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** A bot's {@code log} telemetry event as a log line of service "bot", keyed by the event's (run_id, seq). */
final class BotLogLines {

    private BotLogLines() {
    }

    static LogLine of(StoredEvent event, long receivedMs) {
        String level = "ERROR".equalsIgnoreCase(event.text("level")) ? "ERROR" : "WARN";
        return new LogLine(event.runId(), event.seq(), "bot", level, clip(event.text("logger"), 256),
                clip(event.text("message"), 8192), event.text("error"), nullableClip(event.text("thread"), 128),
                time(event.text("time"), receivedMs));
    }

    private static long time(String iso, long fallback) {
        if (iso == null) {
            return fallback;
        }
        try {
            return Instant.parse(iso).toEpochMilli();
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }

    private static String clip(String text, int max) {
        return text == null ? "" : nullableClip(text, max);
    }

    private static String nullableClip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
