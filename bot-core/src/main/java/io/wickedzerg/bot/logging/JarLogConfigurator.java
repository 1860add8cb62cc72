package io.wickedzerg.bot.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Logging for {@code java -jar} without {@code -Dlogback.configurationFile} (AI Arena, a fresh machine):
 * warnings and errors to stderr. Set in code, not in a {@code logback.xml} inside the jar, because parsing XML
 * loads about 500 classes and took a quarter of a second of a ladder bot's start on one core. With
 * {@code logback.configurationFile} given (run.sh, the tests) it steps aside and logback reads that file.
 */
public final class JarLogConfigurator extends ContextAwareBase implements Configurator {

    static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{24} - %msg%n";

    /** Quieter than the root's WARN: noise every connect or every game's end would otherwise print. */
    static final Map<String, Level> LEVELS = Map.of(
            "io.netty", Level.WARN,
            // a client reconnecting while a server shuts down after a game: harmless, but logged with a stack trace
            "io.netty.bootstrap.ServerBootstrap", Level.ERROR,
            "io.vertx", Level.WARN,
            "com.github.ocraft", Level.WARN,
            // expected on every connect: the headless server's build is newer than ocraft's
            "com.github.ocraft.s2client.api.vertx.Ping", Level.ERROR,
            // "Connection lost" at ERROR whenever ocraft's socket closes, also after its own quit() at every game's
            // end; a connection lost mid-game still shows as ocraft's "waitForResponse error" and the bot's warning
            "com.github.ocraft.s2client.api.vertx.OnResponse", Level.OFF);

    private final UnaryOperator<String> systemProperty;

    /** For logback's service loader. */
    public JarLogConfigurator() {
        this(System::getProperty);
    }

    JarLogConfigurator(UnaryOperator<String> systemProperty) {
        this.systemProperty = systemProperty;
    }

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (systemProperty.apply("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(stderr);
        LEVELS.forEach((name, level) -> context.getLogger(name).setLevel(level));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
