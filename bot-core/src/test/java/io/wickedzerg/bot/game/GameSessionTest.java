package io.wickedzerg.bot.game;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wickedzerg.bot.core.EnemyIntel;
import io.wickedzerg.bot.core.FailurePolicy;
import io.wickedzerg.bot.core.PlacementCheck;
import io.wickedzerg.bot.learning.Exploration;
import io.wickedzerg.bot.learning.LocalLearner;
import io.wickedzerg.bot.learning.UpdateRule;
import io.wickedzerg.bot.logging.GamePosition;
import io.wickedzerg.bot.strategy.BuildOrderLoader;
import io.wickedzerg.bot.strategy.StrategyParameters;
import io.wickedzerg.bot.telemetry.ChartRenderer;
import io.wickedzerg.bot.testing.Fixtures;
import io.wickedzerg.bot.testing.ProjectFiles;
import io.wickedzerg.bot.testing.RecordingTelemetry;
import java.nio.file.Files;
import java.nio.file.Path;
import io.wickedzerg.clients.telemetry.TelemetryEvent;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GameSessionTest {

    private final RecordingTelemetry telemetry = new RecordingTelemetry();
    private final long[] now = {0};

    private static GameSession.GameSettings settings(String gameId, Path chartDir) {
        return new GameSession.GameSettings("run", gameId, "TERRAN EASY", "m", 1,
                new BuildOrderLoader(Fixtures.TECH).loadAll(ProjectFiles.path("config/build-orders")).get("hatch-gas-pool"),
                StrategyParameters.defaults(), Optional.of(new Exploration(0.1, new SplittableRandom(3))),
                FailurePolicy.RETHROW, 22, chartDir);
    }

    private GameSession session(String gameId, LocalLearner learner) {
        return new GameSession(settings(gameId, null), telemetry, learner, () -> now[0]++);
    }

    /** A game that ends at once with {@code result}. */
    private GameReport play(String gameId, LocalLearner learner, String result) {
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
        LocalLearner learner = new LocalLearner(dir, new UpdateRule(0.3), StrategyParameters.defaults().asMap());

        GameReport report = play("g1", learner, "Victory");

        int changed = learner.lastParametersUpdated();
        assertThat(changed).as("a win with explored parameters moves them").isPositive();
        assertThat(sentResult(learner, 0).get("parametersUpdated").asInt()).isEqualTo(changed);
        assertThat(report.parametersUpdated()).isEqualTo(changed);

        // A tie is worse than the baseline a win left: the model moves again, by the same rule, counted again.
        play("g2", learner, "Tie");

        assertThat(sentResult(learner, 1).get("parametersUpdated").asInt()).isEqualTo(learner.lastParametersUpdated());
    }

    @Test
    void anOutcomeAsGoodAsExpectedChangesNothingAndSaysSo(@TempDir Path dir) throws Exception {
        // A fresh model expects 0 reward: a tie moves nothing.
        LocalLearner learner = new LocalLearner(dir, new UpdateRule(0.3), StrategyParameters.defaults().asMap());
        GameReport report = play("g1", learner, "Tie");

        assertThat(sentResult(learner, 0).get("parametersUpdated").asInt()).isZero();
        assertThat(report.parametersUpdated()).isZero();
    }

    @Test
    void aGameReportsItsOwnShareOfTheRunsTelemetryAndTheRunTotalApart(@TempDir Path dir) {
        LocalLearner learner = new LocalLearner(dir, new UpdateRule(0.3), StrategyParameters.defaults().asMap());
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
        LocalLearner learner = new LocalLearner(dir, new UpdateRule(0.3), StrategyParameters.defaults().asMap());
        telemetry.send(new TelemetryEvent("before", 0, "sample", Map.of()));

        play("g1", learner, "Victory");

        TelemetryEvent end = telemetry.ofKind("game_end").get(0);
        assertThat(end.fields()).as("g1 sent its game_start before; the run's earlier event is not its")
                .containsEntry("telemetry_emitted", 1L).containsEntry("telemetry_delivered", 1L)
                .containsEntry("telemetry_spooled", 0L).containsEntry("telemetry_replayed", 0L)
                .containsEntry("telemetry_dropped", 0L);
    }

    @Test
    void theChartIsDrawnByTheGivenRendererAndAFailingOneLeavesTheReportWhole(@TempDir Path dir) {
        LocalLearner learner = new LocalLearner(dir.resolve("learning"), new UpdateRule(0.3),
                StrategyParameters.defaults().asMap());
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
        LocalLearner learner = new LocalLearner(dir, new UpdateRule(0.3), StrategyParameters.defaults().asMap());
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
