package io.wickedzerg.app.e2e;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The e2e run's games and what happens around them: the hybrid game through the outages, the flush, the
 * services' answers, then the same game again, with telemetry off and in hybrid mode in turn, for the step times.
 * Every child is stopped before {@link #play} returns.
 */
final class E2eGames {

    private static final Duration SERVICE_PATIENCE = Duration.ofSeconds(120);
    private static final Duration FLUSH_PATIENCE = Duration.ofSeconds(120);
    private static final Pattern FLUSH_TELEMETRY = Pattern.compile("telemetry replayed=(\\d+)");

    private final JavaChildren children;
    private final ServiceQueries queries;
    private final Path work;
    private final Path botFolder;
    private final PrintWriter say;
    private final Duration gameTimeout;

    E2eGames(JavaChildren children, ServiceQueries queries, Path work, Path botFolder, PrintWriter say,
             Duration gameTimeout) {
        this.children = children;
        this.queries = queries;
        this.work = work;
        this.botFolder = botFolder;
        this.say = say;
        this.gameTimeout = gameTimeout;
    }

    /**
     * @param simFlags  what {@code sim serve} is given besides its port (the computer, the seed)
     * @param opponent  the bot's {@code --OpponentId}
     */
    E2eReport.Facts play(List<String> simFlags, String opponent, long killAt, long restartAt, double tolerance,
                         int rounds) throws IOException, InterruptedException {
        int telemetryPort = JavaChildren.freePort();
        int learningPort = JavaChildren.freePort();
        URI telemetryUrl = E2eCommand.local(telemetryPort);
        URI learningUrl = E2eCommand.local(learningPort);
        Map<String, String> hybridEnv = botEnv("e2e-hybrid", "true", telemetryUrl, learningUrl);
        Services services = new Services();
        try {
            services.telemetry = children.service("telemetry", telemetryPort, "telemetry-1", SERVICE_PATIENCE);
            services.learning = children.service("learning", learningPort, "learning-1", SERVICE_PATIENCE);
            note("services up: telemetry " + telemetryUrl + ", learning " + learningUrl);
            BotRun hybrid;
            E2eReport.Outage outage;
            int hybridPort = JavaChildren.freePort();
            try (ChildProcess sim = children.simServer(hybridPort, summarised(simFlags, "sim-hybrid"), "sim-hybrid",
                    SERVICE_PATIENCE)) {
                ChildProcess bot = children.ladderBot(botFolder, hybridPort, opponent, strategy(), hybridEnv, "bot-hybrid");
                try (bot) {
                    outage = outages(bot, services, telemetryPort, killAt, restartAt, "telemetry-2");
                    hybrid = finish(bot);
                }
            }
            note("hybrid game: " + hybrid.result().orElse("no result") + " at loop " + hybrid.gameLoops() + "; "
                    + "the bot exited; starting the learning service again");
            services.learning = children.service("learning", learningPort, "learning-2", SERVICE_PATIENCE);
            long flushReplayed = flush(hybridEnv);
            ServiceQueries.StoredTelemetry stored = queries.telemetry(telemetryUrl, hybrid.runId());
            boolean resultStored = !hybrid.runId().isEmpty() && queries.resultStored(learningUrl, hybrid.runId(),
                    hybrid.gameId());
            services.close();
            List<StepTimes.Game> timed = new ArrayList<>();
            timed.add(new StepTimes.Game("hybrid", true, hybrid, ServerClock.read(summary("sim-hybrid"))));
            Rematch rematch = new Rematch(simFlags, opponent, killAt, restartAt, telemetryPort, learningPort);
            for (int round = 1; round <= rounds; round++) {
                // the checked game opened round 1; later rounds play both sides, the first side alternating
                List<Boolean> sides = round == 1 ? List.of(false)
                        : StepTimes.hybridFirst(round) ? List.of(true, false) : List.of(false, true);
                for (boolean side : sides) {
                    timed.add(stepTimeGame(rematch, (side ? "hybrid-" : "off-") + round, side, telemetryUrl,
                            learningUrl));
                }
            }
            return new E2eReport.Facts(hybrid, outage, stored, flushReplayed, resultStored,
                    new StepTimes(timed, tolerance));
        } finally {
            services.close();
        }
    }

    /** What every step-time game is played with: the same game, the same service ports, outages at the same loops. */
    private record Rematch(List<String> simFlags, String opponent, long killAt, long restartAt, int telemetryPort,
                           int learningPort) {
    }

    /**
     * The same game again for the step times only, in hybrid mode ({@code hybrid}; its own data and spool folder) or
     * with telemetry off. Fresh services run beside it and are killed and restarted at the same loops as in the
     * checked game, also for a bot that never calls them: on two cores a service JVM starting mid-game takes CPU from
     * the bot, and without the same outages the comparison would charge that to the client.
     */
    private StepTimes.Game stepTimeGame(Rematch o, String name, boolean hybrid, URI telemetryUrl, URI learningUrl)
            throws IOException, InterruptedException {
        note("the same game " + (hybrid ? "in hybrid mode" : "with telemetry off") + " for the step times (" + name
                + "); the services go down and up as before");
        Map<String, String> env = botEnv("e2e-" + name, hybrid ? "true" : "false", telemetryUrl, learningUrl);
        Services services = new Services();
        try {
            services.telemetry = children.service("telemetry", o.telemetryPort(), "telemetry-" + name + "-1",
                    SERVICE_PATIENCE);
            services.learning = children.service("learning", o.learningPort(), "learning-" + name, SERVICE_PATIENCE);
            BotRun run;
            int port = JavaChildren.freePort();
            try (ChildProcess sim = children.simServer(port, summarised(o.simFlags(), "sim-" + name), "sim-" + name,
                    SERVICE_PATIENCE);
                 ChildProcess bot = children.ladderBot(botFolder, port, o.opponent(), strategy(), env, "bot-" + name)) {
                outages(bot, services, o.telemetryPort(), o.killAt(), o.restartAt(), "telemetry-" + name + "-2");
                run = finish(bot);
            }
            note(name + " game: " + run.result().orElse("no result") + " at loop " + run.gameLoops() + ", step time p99 "
                    + run.stepP99Ms() + " ms");
            return new StepTimes.Game(name, hybrid, run, ServerClock.read(summary("sim-" + name)));
        } finally {
            services.close();
        }
    }

    /** Kills and restarts the services at the loops asked, as the bot's progress lines report them. */
    private E2eReport.Outage outages(ChildProcess bot, Services services, int telemetryPort, long killAt, long restartAt,
                                     String restartedName) throws IOException, InterruptedException {
        long killed = -1;
        long restarted = -1;
        long back = -1;
        long learningKilled = -1;
        if (awaitLoop(bot, killAt)) {
            services.telemetry.kill();
            killed = E2eCommand.lastLoop(bot);
            note("telemetry service killed (kill -9) at game loop " + killed);
        }
        boolean restartDuringGame = awaitLoop(bot, restartAt) && bot.isAlive();
        if (restartDuringGame) {
            // first, so it is down at the game's end however long the telemetry service takes to start
            services.learning.kill();
            learningKilled = E2eCommand.lastLoop(bot);
            note("learning service killed (kill -9) at game loop " + learningKilled);
        }
        if (killed >= 0) {
            restarted = restartDuringGame ? E2eCommand.lastLoop(bot) : -1;
            services.telemetry = children.service("telemetry", telemetryPort, restartedName, SERVICE_PATIENCE);
            back = restartDuringGame && bot.isAlive() ? E2eCommand.lastLoop(bot) : -1;
            note("telemetry service started again at game loop " + (restarted < 0 ? "(after the game)" : restarted)
                    + ", answering at " + (back < 0 ? "(after the game)" : back));
        }
        return new E2eReport.Outage(killed, learningKilled, restarted, back);
    }

    /** Waits until the bot reports the loop; false when its game ended first. */
    private boolean awaitLoop(ChildProcess bot, long loop) throws InterruptedException {
        return bot.awaitLine(line -> BotRun.progressLoop(line).orElse(-1) >= loop, gameTimeout).isPresent();
    }

    private BotRun finish(ChildProcess bot) throws IOException, InterruptedException {
        if (!bot.awaitExit(gameTimeout)) {
            bot.kill();
            note("the bot did not finish within " + gameTimeout.toSeconds() + " s; killed (see " + bot.log() + ")");
        } else if (bot.exitCode() != 0) {
            note("the bot exited with " + bot.exitCode() + " (see " + bot.log() + ")");
        }
        return BotRun.parse(bot.lines());
    }

    /** {@code run.sh flush} with the hybrid bot's settings; the telemetry events it replayed. */
    private long flush(Map<String, String> env) throws IOException, InterruptedException {
        try (ChildProcess flush = children.flush(env, "flush")) {
            if (!flush.awaitExit(FLUSH_PATIENCE)) {
                note("run.sh flush did not finish within " + FLUSH_PATIENCE.toSeconds() + " s (see " + flush.log() + ")");
                return 0;
            }
            Optional<String> line = flush.lines().stream().filter(l -> l.startsWith("flush ")).findFirst();
            note(line.orElse("run.sh flush printed no summary") + " (exit " + flush.exitCode() + ")");
            Matcher m = FLUSH_TELEMETRY.matcher(line.orElse(""));
            return m.find() ? Long.parseLong(m.group(1)) : 0;
        }
    }

    private Map<String, String> botEnv(String instance, String servicesOn, URI telemetry, URI learning)
            throws IOException {
        Path data = work.resolve("bot-data").resolve(instance);
        return Map.ofEntries(
                Map.entry("HYBRID_MODE", "hybrid"),
                Map.entry("HYBRID_CONFIG", work.resolve("hybrid_config.json").toString()),
                Map.entry("TELEMETRY_SERVICE_ENABLED", servicesOn),
                Map.entry("LEARNING_SERVICE_ENABLED", servicesOn),
                Map.entry("TELEMETRY_SERVICE_URL", telemetry.toString()),
                Map.entry("LEARNING_SERVICE_URL", learning.toString()),
                // no registry in this run: a closed port, so the bot uses the telemetry URL it is given
                Map.entry("SERVICE_REGISTRY_URL", E2eCommand.local(JavaChildren.freePort()).toString()),
                Map.entry("WZ_INSTANCE_ID", instance),
                Map.entry("WZ_DATA_DIR", data.toString()),
                Map.entry("SPOOL_DIR", data.resolve("spool").toString()),
                Map.entry("WZ_LOG_DIR", work.resolve("logs").resolve(instance).toString()));
    }

    /** The server's flags with its {@code --summary-json}, where it times the bot as AI Arena would. */
    private List<String> summarised(List<String> simFlags, String name) {
        List<String> flags = new ArrayList<>(simFlags);
        flags.addAll(List.of("--summary-json", summary(name).toString()));
        return flags;
    }

    private Path summary(String name) {
        return work.resolve(name + "-summary.json");
    }

    private List<String> strategy() {
        return List.of("--strategy-file", work.resolve("strategy.json").toString());
    }

    private void note(String line) {
        say.println("e2e: " + line);
        say.flush();
    }

    /** The two services of the run, whichever process each is now. */
    private static final class Services implements AutoCloseable {
        ChildProcess telemetry;
        ChildProcess learning;

        @Override
        public void close() throws InterruptedException {
            if (telemetry != null) {
                telemetry.close();
            }
            if (learning != null) {
                learning.close();
            }
        }
    }
}
