package io.wickedzerg.bot.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.UUID;
import org.slf4j.LoggerFactory;

/** A real logback logger of its own whose events a test reads (not printed). */
public final class CapturedLog {

    private final Logger logger;
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    public CapturedLog() {
        logger = (Logger) LoggerFactory.getLogger("test.captured." + UUID.randomUUID());
        logger.setAdditive(false);
        logger.setLevel(Level.DEBUG);
        appender.start();
        logger.addAppender(appender);
    }

    public org.slf4j.Logger logger() {
        return logger;
    }

    public List<ILoggingEvent> events() {
        return List.copyOf(appender.list);
    }

    public List<String> messages() {
        return appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }
}
