package io.wickedzerg.app;

import io.wickedzerg.clients.ServiceClients;
import io.wickedzerg.clients.learning.LearningMetrics;
import io.wickedzerg.clients.telemetry.TelemetryMetrics;
import io.wickedzerg.config.HybridConfig;
import io.wickedzerg.config.UnusableSettingException;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code run.sh flush}: replays what a bot left in its spool (telemetry batches and game results, under
 * {@code spool_dir/<instance_id>}) to the services and exits, instead of waiting for the bot's next start to do it.
 * It opens the same service clients a bot opens, with the same settings (so the same {@code instance_id},
 * {@code spool_dir} and service URLs), sends nothing new, and closes them: the learning client delivers the spooled
 * results oldest first, the telemetry client replays its spool within {@code close_timeout}.
 */
@Command(name = "flush", mixinStandardHelpOptions = true,
        description = "Replay a bot's spool (telemetry and game results under spool_dir/<instance_id>) to the services "
                + "and exit; exit 1 when a game result is still waiting.")
final class FlushCommand implements Callable<Integer> {

    /** Exit code when a result could not be delivered (the service did not answer); it stays in the spool. */
    static final int EXIT_NOT_DELIVERED = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<HybridConfig> loaded = CliConfig.load(err);
        if (loaded.isEmpty()) {
            return WickedZergCli.EXIT_BAD_INPUT;
        }
        HybridConfig config = loaded.get();
        if (!config.isHybridMode()) {
            err.println("error: flush: mode is local (HYBRID_MODE / mode); a spool is only kept in hybrid mode, "
                    + "set HYBRID_MODE=hybrid");
            err.flush();
            return WickedZergCli.EXIT_BAD_INPUT;
        }
        ServiceClients clients;
        try {
            clients = ServiceClients.create(config, config.instanceId() + "-flush-" + System.currentTimeMillis());
        } catch (UnusableSettingException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return WickedZergCli.EXIT_BAD_INPUT;
        }
        clients.close();
        TelemetryMetrics telemetry = clients.telemetry().metrics();
        Optional<LearningMetrics> learning = clients.learning().map(c -> c.metrics());
        out.println("flush " + config.spoolDir().resolve(config.instanceId()).toAbsolutePath() + ": telemetry replayed="
                + telemetry.replayed() + " (" + (config.isTelemetryRemote() ? config.telemetryServiceUrl() : "telemetry "
                + "service off") + ")" + learning.map(l -> "; learning results_delivered=" + l.resultsDelivered()
                + " results_pending=" + l.resultsPending() + " (" + config.learningServiceUrl() + ")")
                .orElse("; learning service off"));
        out.flush();
        return learning.map(LearningMetrics::resultsPending).orElse(0L) > 0 ? EXIT_NOT_DELIVERED : 0;
    }
}
