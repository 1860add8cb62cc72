package io.wickedzerg.app;

import io.wickedzerg.config.ConfigException;
import io.wickedzerg.config.HybridConfig;
import io.wickedzerg.config.HybridConfigLoader;
import java.io.PrintWriter;
import java.util.Optional;

/** Every command loads HybridConfig the same way: a bad setting is reported and the run never starts. */
final class CliConfig {

    private CliConfig() {
    }

    /** The effective config, or empty after printing the problem to {@code err} (the caller exits 2). */
    static Optional<HybridConfig> load(PrintWriter err) {
        try {
            return Optional.of(HybridConfigLoader.fromSystem().load());
        } catch (ConfigException e) {
            err.println("config error: " + e.getMessage());
            err.flush();
            return Optional.empty();
        }
    }
}
