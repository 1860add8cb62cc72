package io.wickedzerg.bot.game;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wickedzerg.bot.core.EnemyIntel;
import io.wickedzerg.bot.core.FailurePolicy;
import io.wickedzerg.bot.core.PlacementCheck;
import io.wickedzerg.bot.learning.BotLearning;
import io.wickedzerg.bot.learning.LocalLearner;
import io.wickedzerg.bot.logging.GamePosition;
import io.wickedzerg.bot.model.TradeValues;
import io.wickedzerg.bot.telemetry.ChartRenderer;
import io.wickedzerg.bot.testing.Fixtures;
import io.wickedzerg.bot.testing.RecordingTelemetry;
import io.wickedzerg.bot.testing.Strategies;
import io.wickedzerg.clients.learning.GameResult;
import io.wickedzerg.clients.learning.StrategyModel;
import io.wickedzerg.clients.telemetry.TelemetryEvent;
import io.wickedzerg.optimiser.Optimiser;
import io.wickedzerg.optimiser.OptimiserSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GameSessionTest {

    private final RecordingTelemetry telemetry = new RecordingTelemetry();
    private final long[] now = {0};

    private static GameSession.GameSettings settings(String gameId, Path chartDir) {
        return new GameSession.GameSettings("run", "wz-test", gameId, Opponent.labelled("TERRAN EASY"), "m", 1,
                Strategies.buildOrder("hatch-gas-pool"), Strategies.buildOrders(), Strategies.defaults(), FailurePolicy.RETHROW, 22, chartDir);
    }

    private static LocalLearner learner(Path dir, int population) {
        Optimiser optimiser = new Optimiser(Clock.systemUTC());
        return new LocalLearner(dir, optimiser, optimiser.startFromDefaults(Strategies.space(),
                OptimiserSettings.builder().populationSize(population).build(), 1));
    }

    private static LocalLearner learner(Path dir) {
        return learner(dir, 10);
    }

    private GameSession session(String gameId, BotLearning learner) {
        return new GameSession(settings(gameId, null), telemetry, learner, () -> now[0]++);
    }

    /** A game that ends at once with {@code result}. */
    private GameReport play(String gameId, BotLearning learner, String result) {
        GameSession session = session(gameId, learner);
        session.start(Fixtures.map(), PlacementCheck.ANYWHERE);
        return session.finish(result);
    }

    private static JsonNode sentResult(LocalLearner learner, int index) throws Exception {
        List<String> lines = Files.readAllLines(learner.resultsFile());
        return new ObjectMapper().readTree(lines.get(index));
    }

    @Test
    void theResultSentToLearningCarriesHowManyParametersTheLearnerThenChanged(@TempDir Path dir) throws Exception {
        LocalLearner learner = learner(dir);

        GameReport report = play("g1", learner, "Victory");

        int changed = learner.lastParametersUpdated();
        assertThat(changed).as("the defaults were played; a mutated copy of them comes next").isPositive();
        assertThat(sentResult(learner, 0).get("parametersUpdated").asInt()).isEqualTo(changed);
        assertThat(sentResult(learner, 0).get("modelVersion").asText()).isEqualTo("local-g0-c00");
        assertThat(report.parametersUpdated()).isEqualTo(changed);
        assertThat(report.modelVersion()).isEqualTo("local-g0-c00");

        play("g2", learner, "Tie");

        assertThat(sentResult(learner, 1).get("modelVersion").asText()).isEqualTo("local-g0-c01");
        assertThat(sentResult(learner, 1).get("parametersUpdated").asInt()).isEqualTo(learner.lastParametersUpdated());
    }

    @Test
    void aCandidateThatPlaysAgainChangesNothingAndSaysSo(@TempDir Path dir) throws Exception {
        // one candidate, two games each: after the first game the same candidate plays again
        LocalLearner learner = learner(dir, 1);
        GameReport report = play("g1", learner, "Victory");

        assertThat(sentResult(learner, 0).get("parametersUpdated").asInt()).isZero();
        assertThat(report.parametersUpdated()).isZero();
    }

    @Test
    void theGameStartEventNamesTheBotInstance(@TempDir Path dir) {
        LocalLearner learner = learner(dir);

        play("g1", learner, "Victory");

        assertThat(telemetry.ofKind("game_start")).singleElement()
                .satisfies(start -> assertThat(start.fields()).containsEntry("instance_id", "wz-test"));
    }

    @Test
    void theModelsBuildOrderIsPlayedWhenTheRunLetsItChoose(@TempDir Path dir) {
        ModelOnly model = new ModelOnly(new StrategyModel("g3-c07", Map.of("drone_target", 61.0), "12-pool"));
        GameSession session = new GameSession(settings("g1", null), telemetry, model, () -> now[0]++);
        BotBrain brain = session.start(Fixtures.map(), PlacementCheck.ANYWHERE);
        GameReport report = session.finish("Victory");

        assertThat(report.buildOrder()).isEqualTo("12-pool");
        assertThat(report.modelVersion()).isEqualTo("g3-c07");
        assertThat(brain.strategy().get(io.wickedzerg.bot.strategy.StrategyParameter.DRONE_TARGET)).isEqualTo(61.0);
        assertThat(telemetry.events).filteredOn(e -> e.kind().equals("game_start")).singleElement()
                .satisfies(e -> assertThat(e.fields()).containsEntry("build_order", "12-pool"));
        assertThat(model.sent).singleElement().satisfies(r -> assertThat(r.modelVersion()).isEqualTo("g3-c07"));
    }

    @Test
    void theResultCarriesTheBuildOrderTheOpponentAndTheScoresKilledAndLostValues() {
        ModelOnly model = new ModelOnly(new StrategyModel("svc-g0-c01-0a1b2c3d", Map.of(), "12-pool"));
        GameSession.GameSettings s = settings("g1", null);
        GameSession.GameSettings ladder = new GameSession.GameSettings(s.runId(), s.instanceId(), s.gameId(),
                Opponent.ladder("bot-7"), s.map(), s.seed(), s.buildOrder(), s.buildOrders(), s.defaults(),
                s.failurePolicy(), s.sampleEvery(), s.chartDir());
        GameSession session = new GameSession(ladder, telemetry, model, () -> now[0]++);
        BotBrain brain = session.start(Fixtures.map(), PlacementCheck.ANYWHERE);
        brain.step(Fixtures.opening().gameLoop(2240).trade(new TradeValues(350, 125)).build(Fixtures.TECH),
                commands -> { });
        session.finish("Victory");

        GameSession againSession = new GameSession(settings("g2", null), telemetry, model, () -> now[0]++);
        againSession.start(Fixtures.map(), PlacementCheck.ANYWHERE).step(Fixtures.opening()
                .trade(new TradeValues(10, 20)).build(Fixtures.TECH), commands -> { });
        againSession.finish("Defeat", "", Optional.of(new TradeValues(400, 150)));

        assertThat(model.sent).hasSize(2);
        GameResult fromSnapshot = model.sent.get(0);
        assertThat(fromSnapshot.buildOrder()).isEqualTo("12-pool");
        assertThat(fromSnapshot.opponent()).isEqualTo("ladder:bot-7");
        assertThat(fromSnapshot.opponentId()).isEqualTo("bot-7");
        assertThat(fromSnapshot.opponentRace()).isNull();
        assertThat(fromSnapshot.killedValue()).isEqualTo(350.0);
        assertThat(fromSnapshot.lostValue()).isEqualTo(125.0);
        GameResult fromFinalObservation = model.sent.get(1);
        assertThat(fromFinalObservation.killedValue()).as("the final observation's score wins").isEqualTo(400.0);
        assertThat(fromFinalObservation.lostValue()).isEqualTo(150.0);
    }

    @Test
    void aBuiltInOpponentIsSpelledAsTheGameSpellsIt() {
        Opponent opponent = Opponent.builtIn(new MatchSpec("Wicked Cove",
                com.github.ocraft.s2client.protocol.game.Race.PROTOSS,
                com.github.ocraft.s2client.protocol.game.Difficulty.VERY_HARD, 1, false, 2));

        assertThat(opponent).isEqualTo(new Opponent("Protoss VeryHard", "Protoss", "VeryHard", null));
    }

    @Test
    void aFixedBuildOrderIsPlayedAndTheVersionSaysTheModelWasNotPlayedAsItIs(@TempDir Path dir) {
        ModelOnly model = new ModelOnly(new StrategyModel("g3-c07", Map.of(), "12-pool"));
        GameSession.GameSettings s = settings("g1", null);
        GameSession.GameSettings fixed = new GameSession.GameSettings(s.runId(), s.instanceId(), s.gameId(),
                s.opponent(), s.map(), s.seed(), s.buildOrder(), Map.of(), s.defaults(), s.failurePolicy(), s.sampleEvery(), s.chartDir());
        GameSession session = new GameSession(fixed, telemetry, model, () -> now[0]++);
        session.start(Fixtures.map(), PlacementCheck.ANYWHERE);
        GameReport report = session.finish("Victory");

        assertThat(report.buildOrder()).isEqualTo("hatch-gas-pool");
        assertThat(report.modelVersion()).isEqualTo("g3-c07/hatch-gas-pool");
        assertThat(model.sent).singleElement()
                .satisfies(r -> assertThat(r.modelVersion()).isEqualTo("g3-c07/hatch-gas-pool"));
    }

    @Test
    void aPreparedSessionFetchesItsModelOnceAndStartsWithIt(@TempDir Path dir) {
        int[] fetched = {0};
        ModelOnly model = new ModelOnly(new StrategyModel("g3-c07", Map.of())) {
            @Override
            public Optional<StrategyModel> fetchLatestModel() {
                fetched[0]++;
                return super.fetchLatestModel();
            }
        };
        GameSession session = session("g1", model);

        session.prepare();
        session.prepare();
        assertThat(fetched[0]).as("fetched while the ladder bot waits for its connection, once").isEqualTo(1);
        assertThat(telemetry.ofKind("game_start")).as("the game has not started").isEmpty();

        session.start(Fixtures.map(), PlacementCheck.ANYWHERE);

        assertThat(fetched[0]).as("start uses what prepare fetched").isEqualTo(1);
        assertThat(telemetry.ofKind("game_start")).singleElement()
                .satisfies(e -> assertThat(e.fields()).containsEntry("strategy_version", "g3-c07"));
    }

    /** Serves one model and keeps what it is sent. */
    private static class ModelOnly implements BotLearning {
        private final StrategyModel model;
        final List<GameResult> sent = new java.util.ArrayList<>();

        ModelOnly(StrategyModel model) {
            this.model = model;
        }

        @Override
        public int parametersToUpdate(GameResult result) {
            return 0;
        }

        @Override
        public void sendTrainingData(GameResult result) {
            sent.add(result);
        }

        @Override
        public Optional<StrategyModel> fetchLatestModel() {
            return Optional.of(model);
        }

        @Override
        public void close() {
        }
    }

    @Test
    void aGameReportsItsOwnShareOfTheRunsTelemetryAndTheRunTotalApart(@TempDir Path dir) {
        LocalLearner learner = learner(dir);
        telemetry.send(new TelemetryEvent("before", 0, "sample", Map.of()));

        GameReport first = play("g1", learner, "Victory");
        long afterFirst = telemetry.events.size();
        GameReport second = play("g2", learner, "Defeat");

        assertThat(first.telemetry().emitted()).as("g1's own events: its game_end").isEqualTo(afterFirst - 1);
        assertThat(second.telemetry().emitted()).isEqualTo(telemetry.events.size() - afterFirst).isPositive();
        assertThat(second.telemetry().delivered()).isEqualTo(second.telemetry().emitted());
        assertThat(second.telemetryRunTotal().emitted()).isEqualTo(telemetry.events.size());
    }

    @Test
    void gameEndCarriesTheTelemetryClientsCountersForTheGameSoFar(@TempDir Path dir) {
        LocalLearner learner = learner(dir);
        telemetry.send(new TelemetryEvent("before", 0, "sample", Map.of()));

        play("g1", learner, "Victory");

        TelemetryEvent end = telemetry.ofKind("game_end").get(0);
        assertThat(end.fields()).as("g1 sent its game_start before; the run's earlier event is not its")
                .containsEntry("telemetry_emitted", 1L).containsEntry("telemetry_delivered", 1L)
                .containsEntry("telemetry_spooled", 0L).containsEntry("telemetry_replayed", 0L)
                .containsEntry("telemetry_dropped", 0L);
    }

    @Test
    void theFinalScoresKilledAndLostValueGoIntoTheReportAndGameEnd(@TempDir Path dir) {
        GameSession session = session("g1", learner(dir));
        session.start(Fixtures.map(), PlacementCheck.ANYWHERE);

        GameReport report = session.finish("Defeat", "", Optional.of(new TradeValues(1250, 3400)));

        assertThat(report.score().killedValue()).hasValue(1250);
        assertThat(report.score().lostValue()).hasValue(3400);
        assertThat(telemetry.ofKind("game_end").get(0).fields()).containsEntry("killed_value", 1250.0)
                .containsEntry("lost_value", 3400.0);
    }

    @Test
    void aGameWithoutAScoreSaysSoInsteadOfReportingZero(@TempDir Path dir) {
        GameSession session = session("g1", learner(dir));
        session.start(Fixtures.map(), PlacementCheck.ANYWHERE);

        GameReport report = session.finish("Undecided", "connection lost");

        assertThat(report.score()).isEqualTo(GameScore.UNKNOWN);
        assertThat(telemetry.ofKind("game_end").get(0).fields()).doesNotContainKeys("killed_value", "lost_value");
    }

    @Test
    void theChartIsDrawnByTheGivenRendererAndAFailingOneLeavesTheReportWhole(@TempDir Path dir) {
        LocalLearner learner = learner(dir.resolve("learning"));
        List<String> titles = new java.util.ArrayList<>();
        ChartRenderer drawing = (points, title, file) -> {
            titles.add(title);
            return Optional.of(file);
        };
        GameSession drawn = new GameSession(settings("g1", dir.resolve("charts")), telemetry, learner, drawing, () -> now[0]++);
        drawn.start(Fixtures.map(), PlacementCheck.ANYWHERE);

        assertThat(drawn.finish("Victory").chart()).isEqualTo(dir.resolve("charts/g1.png"));
        assertThat(titles).containsExactly("g1: Victory vs TERRAN EASY on m");

        ChartRenderer broken = (points, title, file) -> {
            throw new Error("Probable fatal error: No fonts found.");
        };
        GameSession failed = new GameSession(settings("g2", dir.resolve("charts")), telemetry, learner, broken, () -> now[0]++);
        failed.start(Fixtures.map(), PlacementCheck.ANYWHERE);

        GameReport report = failed.finish("Defeat");
        assertThat(report.chart()).isNull();
        assertThat(report.result()).isEqualTo("Defeat");
    }

    @Test
    void theCurrentGameIsThisOneFromStartToFinishAtTheLoopLastStepped(@TempDir Path dir) {
        LocalLearner learner = learner(dir);
        CurrentGame current = new CurrentGame();
        GameSession session = new GameSession(settings("g5", null), telemetry, learner, ChartRenderer.NONE,
                () -> now[0]++, current);
        assertThat(current.get()).isEqualTo(GamePosition.NONE);

        BotBrain brain = session.start(Fixtures.map(), PlacementCheck.ANYWHERE);
        assertThat(current.get()).isEqualTo(new GamePosition("g5", 0));
        brain.telemetry().onStep(Fixtures.opening().gameLoop(448).build(Fixtures.TECH), new EnemyIntel(), 0);
        assertThat(current.get()).isEqualTo(new GamePosition("g5", 448));
        current.ended("an-earlier-game");
        assertThat(current.get().gameId()).as("only the running game ends").isEqualTo("g5");

        session.finish("Victory");
        assertThat(current.get()).isEqualTo(GamePosition.NONE);
    }
}
