package io.wickedzerg.bot.game;

import io.wickedzerg.bot.core.FailurePolicy;
import io.wickedzerg.bot.core.PlacementCheck;
import io.wickedzerg.bot.core.StepBudget;
import io.wickedzerg.bot.learning.BotLearning;
import io.wickedzerg.bot.model.GameMap;
import io.wickedzerg.bot.model.StepSnapshot;
import io.wickedzerg.bot.model.TradeValues;
import io.wickedzerg.bot.model.ZergTech;
import io.wickedzerg.bot.strategy.BuildOrder;
import io.wickedzerg.bot.strategy.StrategyParameters;
import io.wickedzerg.bot.telemetry.ChartRenderer;
import io.wickedzerg.bot.telemetry.TelemetryDelta;
import io.wickedzerg.bot.telemetry.TelemetryLogger;
import io.wickedzerg.clients.learning.GameResult;
import io.wickedzerg.clients.learning.StrategyModel;
import io.wickedzerg.clients.telemetry.TelemetryMetrics;
import io.wickedzerg.clients.telemetry.TelemetryServiceClient;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One game from the bot's side, protocol-free: at start the strategy and the build order come from the learning
 * client (else the defaults), at the end the result goes to the learning client, the game-end event to
 * telemetry and the chart (when a renderer was given) next to the telemetry files.
 */
public final class GameSession {

    private static final Logger LOG = LoggerFactory.getLogger(GameSession.class);

    private final GameSettings settings;
    private final TelemetryServiceClient telemetry;
    private final BotLearning learning;
    private final LongSupplier nanoClock;
    private final ChartRenderer charts;
    private final CurrentGame currentGame;
    private BotBrain brain;
    private BuildOrder buildOrder;
    private long startNanos;
    private TelemetryMetrics telemetryAtStart;
    private TelemetryLogger logger;
    private Plan plan;

    /** A session that draws no chart. */
    public GameSession(GameSettings settings, TelemetryServiceClient telemetry, BotLearning learning,
                       LongSupplier nanoClock) {
        this(settings, telemetry, learning, ChartRenderer.NONE, nanoClock);
    }

    public GameSession(GameSettings settings, TelemetryServiceClient telemetry, BotLearning learning,
                       ChartRenderer charts, LongSupplier nanoClock) {
        this(settings, telemetry, learning, charts, nanoClock, new CurrentGame());
    }

    /** @param currentGame told when this game starts and ends (the runtime's, read by log shipping) */
    public GameSession(GameSettings settings, TelemetryServiceClient telemetry, BotLearning learning,
                       ChartRenderer charts, LongSupplier nanoClock, CurrentGame currentGame) {
        this.settings = settings;
        this.currentGame = currentGame;
        this.telemetry = telemetry;
        this.learning = learning;
        this.charts = charts;
        this.nanoClock = nanoClock;
        // read again at the start; this covers a game that never started
        this.telemetryAtStart = telemetry.metrics();
    }

    /**
     * Fetches the strategy model and settles the build order, the part of {@link #start} that needs no map; the
     * ladder bot calls it while it waits for its connection. {@link #start} calls it when nobody did.
     */
    public void prepare() {
        if (plan != null) {
            return;
        }
        logger = new TelemetryLogger(telemetry, settings.gameId(), settings.sampleEvery());
        // before the model is fetched: a warning about it belongs to this game
        currentGame.started(settings.gameId(), logger::currentLoop);
        plan = plan();
    }

    public BotBrain start(GameMap map, PlacementCheck placement) {
        prepare();
        startNanos = nanoClock.getAsLong();
        telemetryAtStart = telemetry.metrics();
        StrategyParameters strategy = plan.strategy();
        buildOrder = plan.buildOrder();
        LOG.info("game {}: build order {}, strategy {}", settings.gameId(), buildOrder.id(), strategy.version());
        brain = new BotBrain(ZergTech.standard(), map, buildOrder, strategy, placement,
                new StepBudget(nanoClock, StepBudget.threadCpuClock()), settings.failurePolicy(), logger);
        Map<String, Object> start = new LinkedHashMap<>();
        // the service's game list names the bot instance that played, which only the bot knows
        start.put("instance_id", settings.instanceId());
        start.put("opponent", settings.opponent().label());
        start.put("map", settings.map());
        start.put("seed", settings.seed());
        start.put("build_order", buildOrder.id());
        start.put("strategy_version", strategy.version());
        logger.emit("game_start", start);
        return brain;
    }

    /**
     * A brain with the same map, build order and strategy as the game's but its own state, whose
     * telemetry goes nowhere: for {@link WarmUp} only.
     */
    public BotBrain throwawayBrain(GameMap map, PlacementCheck placement) {
        StrategyParameters strategy = brain == null ? settings.defaults() : brain.strategy();
        TelemetryLogger discarded = new TelemetryLogger(new DiscardingTelemetry(), settings.gameId(), settings.sampleEvery());
        return new BotBrain(ZergTech.standard(), map, buildOrderPlayed(), strategy, placement,
                new StepBudget(nanoClock), settings.failurePolicy(), discarded);
    }

    /**
     * The model's parameters over the defaults, and its build order when this run lets a model choose and knows
     * it; otherwise the settings' build order, and the version says so ({@code <model version>/<build order>}):
     * the game does not play the model as it is, so its result must not be booked on it.
     */
    private Plan plan() {
        StrategyParameters base = settings.defaults();
        Optional<StrategyModel> model = Optional.empty();
        try {
            model = learning.fetchLatestModel();
        } catch (RuntimeException e) {
            LOG.warn("no strategy model ({}); playing the defaults", e.toString());
        }
        if (model.isEmpty()) {
            return new Plan(base, settings.buildOrder());
        }
        StrategyModel m = model.get();
        StrategyParameters strategy = base.overriddenBy(m.parameters(), m.version());
        String wanted = m.chosenBuildOrder().orElse(settings.buildOrder().id());
        if (wanted.equals(settings.buildOrder().id())) {
            return new Plan(strategy, settings.buildOrder());
        }
        BuildOrder chosen = settings.buildOrders().get(wanted);
        if (chosen != null) {
            return new Plan(strategy, chosen);
        }
        LOG.warn("model {} asks for build order {}; playing {} ({})", m.version(), wanted, settings.buildOrder().id(),
                settings.buildOrders().isEmpty() ? "this run's build order is fixed" : "no such build order here");
        return new Plan(strategy.withVersion(m.version() + "/" + settings.buildOrder().id()), settings.buildOrder());
    }

    private record Plan(StrategyParameters strategy, BuildOrder buildOrder) {
    }

    /** The build order this game plays: the settings' until the game starts. */
    private BuildOrder buildOrderPlayed() {
        return buildOrder == null ? settings.buildOrder() : buildOrder;
    }

    public BotBrain brain() {
        return brain;
    }

    /** Reports the game; never throws for a learning or chart failure (the game is over either way). */
    public GameReport finish(String result) {
        return finish(result, "", Optional.empty());
    }

    /**
     * Reports the game; {@code connectionProblem} says why a game the connection ended is undecided ("" when
     * the game ended normally).
     */
    public GameReport finish(String result, String connectionProblem) {
        return finish(result, connectionProblem, Optional.empty());
    }

    /**
     * Reports the game with the score of its final observation ({@code finalTrade}), which the last step's snapshot
     * may not have yet; empty: the last snapshot's.
     */
    public GameReport finish(String result, String connectionProblem, Optional<TradeValues> finalTrade) {
        try {
            return report(result, connectionProblem, finalTrade);
        } finally {
            currentGame.ended(settings.gameId());
        }
    }

    private GameReport report(String result, String connectionProblem, Optional<TradeValues> finalTrade) {
        if (brain != null) {
            brain.finish();
        }
        StepSnapshot last = brain == null ? null : brain.lastSnapshot();
        Optional<TradeValues> trade = finalTrade.or(() -> last == null ? Optional.empty() : last.trade());
        GameScore gameScore = trade.map(t -> GameScore.of(t.killedValue(), t.lostValue())).orElse(GameScore.UNKNOWN);
        long loops = last == null ? 0 : last.gameLoop();
        double wall = (nanoClock.getAsLong() - startNanos) / 1e9;
        String lossReason = LossReasons.of(result, last);
        double score = brain == null ? 0 : brain.buildOrder().score();
        StrategyParameters played = brain == null ? settings.defaults() : brain.strategy();
        var times = brain == null ? new StepBudget(nanoClock).report() : brain.budget().report();
        if (brain != null) {
            Map<String, Object> end = new LinkedHashMap<>();
            end.put("result", result);
            end.put("opponent", settings.opponent().label());
            end.put("map", settings.map());
            end.put("game_seconds", loops / 22.4);
            end.put("build_order_score", score);
            gameScore.killedValue().ifPresent(v -> end.put("killed_value", v));
            gameScore.lostValue().ifPresent(v -> end.put("lost_value", v));
            end.put("loss_reason", lossReason);
            end.put("step_p50_ms", times.p50Ms());
            end.put("step_p99_ms", times.p99Ms());
            end.put("step_max_ms", times.maxMs());
            end.put("slowest_manager", times.slowestManager());
            end.put("manager_failures", times.totalFailures());
            // The telemetry client's counters for this game so far, so the dashboard can show what a bot spooled
            // and replayed; the game_end itself and what is still queued are not counted yet.
            TelemetryMetrics soFar = TelemetryDelta.between(telemetryAtStart, telemetry.metrics());
            end.put("telemetry_emitted", soFar.emitted());
            end.put("telemetry_delivered", soFar.delivered());
            end.put("telemetry_spooled", soFar.spooled());
            end.put("telemetry_replayed", soFar.replayed());
            end.put("telemetry_dropped", soFar.droppedQueueFull() + soFar.droppedAfterShutdown());
            brain.telemetry().gameEnd(end);
        }
        Opponent opponent = settings.opponent();
        GameResult unsent = GameResult.builder(settings.runId(), settings.gameId()).gameResult(result)
                .gameTime(loops / 22.4).buildOrderScore(score).lossReason(lossReason).parameters(played.asMap())
                .modelVersion(played.version()).opponent(opponent.label()).map(settings.map())
                .buildOrder(buildOrderPlayed().id()).opponentRace(opponent.race())
                .opponentDifficulty(opponent.difficulty()).opponentId(opponent.ladderId())
                .killedValue(trade.map(TradeValues::killedValue).orElse(null))
                .lostValue(trade.map(TradeValues::lostValue).orElse(null)).build();
        int updated = parametersToUpdate(unsent);
        GameResult gameResult = unsent.withParametersUpdated(updated);
        try {
            learning.sendTrainingData(gameResult);
        } catch (RuntimeException e) {
            LOG.warn("game result not delivered to learning: {}", e.toString());
        }
        Path chart = brain == null ? null : chart(result);
        TelemetryMetrics runTotal = telemetry.metrics();
        TelemetryMetrics thisGame = TelemetryDelta.between(telemetryAtStart, runTotal);
        return new GameReport(settings.gameId(), result, settings.opponent().label(), settings.map(), settings.seed(),
                loops, wall, times, thisGame, runTotal, telemetry.describeDestination(), chart, score, lossReason, updated,
                played.version(), buildOrderPlayed().id(), connectionProblem, gameScore);
    }

    private Path chart(String result) {
        if (settings.chartDir() == null) {
            return null;
        }
        try {
            return charts.write(brain.telemetry().chart(),
                    settings.gameId() + ": " + result + " vs " + settings.opponent().label() + " on " + settings.map(),
                    settings.chartDir().resolve(safe(settings.gameId()) + ".png")).orElse(null);
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Exception | Error e) {
            // AWT without fonts or a display library fails with an Error; the game is over and reported either way
            LOG.warn("chart not written: {}", e.toString());
            return null;
        }
    }

    /** Known before the result is sent, so the result carries it. */
    private int parametersToUpdate(GameResult unsent) {
        try {
            return learning.parametersToUpdate(unsent);
        } catch (RuntimeException e) {
            LOG.warn("parameters_updated unknown, sent as 0: {}", e.toString());
            return 0;
        }
    }

    static String safe(String id) {
        return id.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /**
     * Everything a session needs to know before the game.
     *
     * @param instanceId  the bot instance playing ({@code HybridConfig.instanceId()})
     * @param opponent    who the game is against
     * @param buildOrder  played unless the learning model names one of {@code buildOrders}
     * @param buildOrders those a learning model may choose; empty when the run fixed its build order
     */
    public record GameSettings(String runId, String instanceId, String gameId, Opponent opponent, String map, long seed,
                               BuildOrder buildOrder, Map<String, BuildOrder> buildOrders, StrategyParameters defaults,
                               FailurePolicy failurePolicy, int sampleEvery, Path chartDir) {

        public GameSettings {
            buildOrders = Map.copyOf(buildOrders);
        }
    }
}
