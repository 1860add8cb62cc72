package io.wickedzerg.bot.core;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.slf4j.Logger;

/**
 * How a failing manager shows in the log. A broken manager fails every step, 22 times a game second
 * at full speed: its first failure is logged with the stack, after that at most one line a minute
 * says how often it failed and the last message. The clock is injected, so tests control the minute.
 */
public final class FailureLog {

    static final long WINDOW_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final Logger log;
    private final LongSupplier nanoClock;
    private final Map<String, Window> byManager = new LinkedHashMap<>();

    /** Failures of one manager not yet reported, since {@code start}. */
    private static final class Window {
        long start;
        long count;
        String lastMessage;
    }

    public FailureLog(Logger log, LongSupplier nanoClock) {
        this.log = log;
        this.nanoClock = nanoClock;
    }

    public void failed(String manager, long gameLoop, RuntimeException e) {
        Window w = byManager.get(manager);
        if (w == null) {
            byManager.put(manager, new Window());
            log.warn("manager {} failed at loop {}; the step goes on (repeats are counted, one line a minute)",
                    manager, gameLoop, e);
            return;
        }
        long now = nanoClock.getAsLong();
        reportIfOver(manager, w, now);
        if (w.count == 0) {
            w.start = now;
        }
        w.count++;
        w.lastMessage = e.toString();
    }

    /** Once a step, for managers that stopped failing: reports every minute of failures that is over. */
    public void tick() {
        if (byManager.isEmpty()) {
            return;
        }
        long now = nanoClock.getAsLong();
        byManager.forEach((manager, w) -> reportIfOver(manager, w, now));
    }

    private void reportIfOver(String manager, Window w, long now) {
        if (w.count > 0 && now - w.start >= WINDOW_NANOS) {
            log.warn("manager {} failed {} more times in the last minute: {}", manager, w.count, w.lastMessage);
            w.count = 0;
        }
    }

    /** At the game's end: what the unfinished minutes held. */
    public void flush() {
        long now = nanoClock.getAsLong();
        byManager.forEach((manager, w) -> {
            if (w.count > 0) {
                log.warn("manager {} failed {} more times in the last {} s of the game: {}", manager, w.count,
                        TimeUnit.NANOSECONDS.toSeconds(now - w.start), w.lastMessage);
                w.count = 0;
            }
        });
    }
}
