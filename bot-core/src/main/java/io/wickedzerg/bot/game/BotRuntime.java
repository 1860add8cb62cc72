package io.wickedzerg.bot.game;

import io.wickedzerg.bot.core.FailurePolicy;
import io.wickedzerg.bot.learning.BotLearning;
import io.wickedzerg.bot.learning.FixedModelLearning;
import io.wickedzerg.bot.learning.LocalLearner;
import io.wickedzerg.bot.learning.RemoteFirstLearning;
import io.wickedzerg.bot.logging.LogShipping;
import io.wickedzerg.bot.logging.LogShippingStats;
import io.wickedzerg.bot.model.ZergTech;
import io.wickedzerg.bot.strategy.BuildOrder;
import io.wickedzerg.bot.strategy.BuildOrderLoader;
import io.wickedzerg.bot.strategy.StrategyDefaults;
import io.wickedzerg.bot.strategy.StrategyDefaultsLoader;
import io.wickedzerg.bot.strategy.StrategyException;
import io.wickedzerg.bot.strategy.StrategyFile;
import io.wickedzerg.bot.telemetry.ChartRenderer;
import io.wickedzerg.bot.telemetry.TelemetryLogger;
import io.wickedzerg.clients.ServiceClients;
import io.wickedzerg.clients.learning.StrategyModel;
import io.wickedzerg.clients.registry.TelemetryEndpoint;
import io.wickedzerg.clients.telemetry.TelemetryServiceClient;
import io.wickedzerg.config.HybridConfig;
import io.wickedzerg.optimiser.Optimiser;
import io.wickedzerg.optimiser.OptimiserSettings;
import io.wickedzerg.optimiser.ParameterSpace;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything one run of the bot shares across its games: the config, one telemetry client, the
 * learning client, the validated build orders and defaults. Loading it validates every strategy
 * file, so a bad file stops the run before any game starts. In hybrid mode with the telemetry service on,
 * the telemetry client's URL comes from the service registry when it knows one, and the bot's WARN and
 * ERROR log lines travel with the telemetry ({@link LogShipping}) until {@link #close()}.
 */
public final class BotRuntime implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BotRuntime.class);

    private final HybridConfig config;
    private final String runId;
    private final ServiceClients clients;
    private final TelemetryServiceClient telemetry;
    private final BotRegistration registration;
    private final BotLearning learning;
    private final Map<String, BuildOrder> buildOrders;
    private final StrategyDefaults defaults;
    private final Options options;
    private final LongSupplier nanoClock;
    private final CurrentGame currentGame = new CurrentGame();
    private final LogShipping logShipping;
    private final StrategyModel fixedModel;

    /**
     * The local learner's first generation comes from this seed: every new learner starts from the same candidates
     * (reproducible); the games then decide.
     */
    static final long LEARNER_SEED = 1;

    /**
     * @param buildOrder     id of the build order to play always; null: the learning model's, else the defaults file's
     * @param opponentKey    keys per-opponent learning data (ladder opponent id); null for a shared model
     * @param charts         draws each game's chart next to its telemetry ({@link ChartRenderer#NONE}: none)
     * @param strategyFile   a parameter set to play in every game instead of the learner's ({@link StrategyFile});
     *                       null: the learner's
     */
    public record Options(Path configDir, String buildOrder, FailurePolicy failurePolicy, String opponentKey,
                          ChartRenderer charts, Path strategyFile) {

        /** The learner's parameter sets. */
        public Options(Path configDir, String buildOrder, FailurePolicy failurePolicy, String opponentKey,
                       ChartRenderer charts) {
            this(configDir, buildOrder, failurePolicy, opponentKey, charts, null);
        }

        /** No charts: the ladder bot's options. */
        public Options(Path configDir, String buildOrder, FailurePolicy failurePolicy, String opponentKey) {
            this(configDir, buildOrder, failurePolicy, opponentKey, ChartRenderer.NONE);
        }
    }

    public BotRuntime(HybridConfig config, String runId, Options options, LongSupplier nanoClock) {
        this.config = config;
        this.runId = runId;
        this.options = options;
        this.nanoClock = nanoClock;
        ZergTech tech = ZergTech.standard();
        this.buildOrders = new BuildOrderLoader(tech).loadAll(options.configDir().resolve("build-orders"));
        this.defaults = new StrategyDefaultsLoader().load(options.configDir().resolve("strategy-defaults.json"));
        // the defaults file's build order is the learner's default gene even when the options fix another one
        for (String id : List.of(chosenBuildOrder(), defaults.buildOrder())) {
            if (!buildOrders.containsKey(id)) {
                throw new StrategyException("build order '" + id + "' not found in "
                        + options.configDir().resolve("build-orders") + "; available: " + String.join(", ", buildOrders.keySet()));
            }
        }
        // before any client opens: a bad file stops the run with nothing to close
        this.fixedModel = options.strategyFile() == null ? null
                : new StrategyFile(defaults, buildOrders.keySet()).load(options.strategyFile());
        this.clients = ServiceClients.builder(config, runId).discoverTelemetry()
                .learningOpponent(options.opponentKey()).build();
        this.telemetry = clients.telemetry();
        this.learning = learningClient();
        this.registration = BotRegistration.start(config, runId, clients::registry);
        // last: nothing after it can fail and leave the appender attached to a runtime that never started
        this.logShipping = config.isTelemetryRemote()
                ? LogShipping.attach(LoggerFactory.getILoggerFactory(), telemetry, currentGame, nanoClock)
                : LogShipping.none();
    }

    private BotLearning learningClient() {
        Path dir = config.dataDir().resolve("learning");
        if (options.opponentKey() != null) {
            dir = config.dataDir().resolve("opponents").resolve(GameSession.safe(options.opponentKey())).resolve("learning");
        }
        // the same genetic algorithm as the learning service, over the config's parameters and build orders
        ParameterSpace space = defaults.space(List.copyOf(buildOrders.keySet()));
        Optimiser optimiser = new Optimiser(Clock.systemUTC());
        LocalLearner local = new LocalLearner(dir, optimiser,
                optimiser.startFromDefaults(space, OptimiserSettings.defaults(), LEARNER_SEED));
        BotLearning learner = clients.learning()
                .<BotLearning>map(remote -> new RemoteFirstLearning(remote, local, config.fallbackToLocal()))
                .orElse(local);
        return fixedModel == null ? learner : new FixedModelLearning(fixedModel, learner);
    }

    private String chosenBuildOrder() {
        return options.buildOrder() != null ? options.buildOrder() : defaults.buildOrder();
    }

    /**
     * A game against the match's built-in AI; with an opponent key in the options its results carry that key as the
     * ladder opponent id, as the learning data is kept under it.
     */
    public GameSession session(MatchSpec spec, String gameId) {
        Opponent builtIn = Opponent.builtIn(spec);
        return session(spec, gameId, options.opponentKey() == null ? builtIn
                : new Opponent(builtIn.label(), builtIn.race(), builtIn.difficulty(), options.opponentKey()));
    }

    public GameSession session(MatchSpec spec, String gameId, Opponent opponent) {
        // a build order given in the options is played always; otherwise the learning model may choose one
        Map<String, BuildOrder> choosable = options.buildOrder() == null ? buildOrders : Map.of();
        GameSession.GameSettings settings = new GameSession.GameSettings(runId, config.instanceId(), gameId,
                opponent, spec.map(),
                spec.seed(), buildOrders.get(chosenBuildOrder()), choosable, defaults.parameters(),
                options.failurePolicy(), TelemetryLogger.DEFAULT_SAMPLE_EVERY, chartDir());
        return new GameSession(settings, telemetry, learning, options.charts(), nanoClock, currentGame);
    }

    /** Charts go next to the local telemetry files (and there too in hybrid mode). */
    public Path chartDir() {
        return config.dataDir().resolve("telemetry").resolve(runId);
    }

    public TelemetryServiceClient telemetry() { return telemetry; }
    /** The game running now ("none" between games), as log lines shipped to telemetry name it. */
    public CurrentGame currentGame() { return currentGame; }
    /** What became of the WARN and ERROR lines (all zero in local mode). */
    public LogShippingStats logShipping() { return logShipping.stats(); }

    /** Where telemetry goes in hybrid mode: the URL the registry named, else the configured one. */
    public URI telemetryUrl() {
        return clients.telemetryEndpoint().map(TelemetryEndpoint::url).orElse(config.telemetryServiceUrl());
    }

    public BotLearning learning() { return learning; }

    /** The remote learning client's counters; empty when results do not go to the learning service. */
    public java.util.Optional<io.wickedzerg.clients.learning.LearningMetrics> learningMetrics() {
        return clients.learning().map(io.wickedzerg.clients.learning.HttpLearningClient::metrics);
    }
    public Map<String, BuildOrder> buildOrders() { return buildOrders; }
    public String runId() { return runId; }
    public HybridConfig config() { return config; }

    /**
     * Which services did not answer and where their data waits (hybrid mode); meaningful after {@link #close()},
     * when the clients have had their last chance to deliver.
     */
    public ServiceReport serviceReport() {
        return ServiceReport.of(config, telemetryUrl(), telemetry.metrics(),
                clients.learning().map(io.wickedzerg.clients.learning.HttpLearningClient::metrics), registration,
                logShipping.stats());
    }

    /**
     * Leaves the registry, closes learning, stops shipping log lines (before the telemetry client stops taking
     * them), then closes the clients (telemetry replays its spool within close_timeout).
     */
    @Override
    public void close() {
        try {
            registration.close();
        } finally {
            try {
                learning.close();
            } finally {
                try {
                    stopLogShipping();
                } finally {
                    clients.close();
                }
            }
        }
    }

    private void stopLogShipping() {
        logShipping.close();
        long limited = logShipping.stats().rateLimited();
        if (limited > 0) {
            LOG.info("{} log lines not shipped (rate limit: {} a second, {} at once); the log file has them",
                    limited, (long) LogShipping.LINES_PER_SECOND, LogShipping.BURST);
        }
    }
}
