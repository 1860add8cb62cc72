package io.wickedzerg.app;

import io.wickedzerg.config.HybridConfig;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** {@code run.sh config}: every effective setting with where it came from. */
@Command(name = "config", mixinStandardHelpOptions = true,
        description = "Print the effective hybrid configuration and the source of each value.")
final class ConfigCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Optional<HybridConfig> config = CliConfig.load(spec.commandLine().getErr());
        if (config.isEmpty()) {
            return WickedZergCli.EXIT_BAD_INPUT;
        }
        spec.commandLine().getOut().print(config.get().describe());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
