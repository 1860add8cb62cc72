package io.wickedzerg.app;

import io.wickedzerg.bot.game.BotRuntime;
import io.wickedzerg.bot.strategy.StrategyException;
import io.wickedzerg.config.ConfigException;
import io.wickedzerg.config.HybridConfig;
import java.io.PrintWriter;
import java.util.Optional;

/** Starts a bot runtime for a CLI command; a bad strategy file or an unusable setting is one line on stderr. */
final class RuntimeStart {

    private RuntimeStart() {
    }

    /** The runtime, or empty after printing why it cannot start (the caller exits 2). */
    static Optional<BotRuntime> open(HybridConfig config, String runId, BotRuntime.Options options, PrintWriter err) {
        try {
            return Optional.of(new BotRuntime(config, runId, options, System::nanoTime));
        } catch (StrategyException e) {
            err.println("strategy error: " + e.getMessage());
        } catch (ConfigException e) {
            err.println("error: " + e.getMessage());
        }
        err.flush();
        return Optional.empty();
    }
}
