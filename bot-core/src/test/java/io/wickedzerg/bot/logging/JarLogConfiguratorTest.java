package io.wickedzerg.bot.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.core.ConsoleAppender;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class JarLogConfiguratorTest {

    @Test
    void withoutAConfigurationFileWarningsGoToStderrAndOcraftsEveryGameNoiseIsOff() {
        LoggerContext context = new LoggerContext();
        JarLogConfigurator configurator = new JarLogConfigurator(name -> null);
        configurator.setContext(context);

        assertThat(configurator.configure(context)).isEqualTo(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);

        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getLevel()).isEqualTo(Level.WARN);
        ConsoleAppender<?> stderr = (ConsoleAppender<?>) root.getAppender("STDERR");
        assertThat(stderr.isStarted()).isTrue();
        assertThat(stderr.getTarget()).isEqualTo("System.err");
        assertThat(context.getLogger("com.github.ocraft.s2client.api.vertx.OnResponse").isErrorEnabled()).isFalse();
        assertThat(context.getLogger("com.github.ocraft.s2client.api.vertx.Ping").isWarnEnabled()).isFalse();
        assertThat(context.getLogger("io.wickedzerg.bot.Anything").isWarnEnabled()).isTrue();
        assertThat(context.getLogger("io.wickedzerg.bot.Anything").isInfoEnabled()).isFalse();
        context.stop();
    }

    @Test
    void aConfigurationFileGivenOnTheCommandLineIsLeftToLogback() {
        LoggerContext context = new LoggerContext();
        JarLogConfigurator configurator = new JarLogConfigurator(
                name -> name.equals("logback.configurationFile") ? "config/logback.xml" : null);
        configurator.setContext(context);

        assertThat(configurator.configure(context)).isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders().hasNext()).isFalse();
        context.stop();
    }

    @Test
    void logbackFindsItThroughTheServiceLoader() {
        assertThat(ServiceLoader.load(Configurator.class).stream().map(ServiceLoader.Provider::type))
                .contains(JarLogConfigurator.class);
    }
}
