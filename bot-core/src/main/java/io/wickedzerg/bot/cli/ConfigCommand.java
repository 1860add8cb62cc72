package io.wickedzerg.bot.cli;

import io.wickedzerg.config.ConfigException;
import io.wickedzerg.config.HybridConfig;
import io.wickedzerg.config.HybridConfigLoader;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code run.sh config}: every effective setting with where it came from. */
@Command(name = "config", mixinStandardHelpOptions = true,
        description = "Print the effective hybrid configuration and the source of each value.")
final class ConfigCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        HybridConfig config;
        try {
            config = HybridConfigLoader.fromSystem().load();
        } catch (ConfigException e) {
            spec.commandLine().getErr().println("config error: " + e.getMessage());
            return WickedZergCli.EXIT_BAD_INPUT;
        }
        spec.commandLine().getOut().print(config.describe());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
