package io.wickedzerg.bot.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.wickedzerg.bot.testing.Strategies;
import io.wickedzerg.clients.io.Fsync;
import io.wickedzerg.clients.learning.GameResult;
import io.wickedzerg.clients.learning.StrategyModel;
import io.wickedzerg.optimiser.Candidate;
import io.wickedzerg.optimiser.Optimiser;
import io.wickedzerg.optimiser.OptimiserJson;
import io.wickedzerg.optimiser.OptimiserSettings;
import io.wickedzerg.optimiser.OptimiserState;
import io.wickedzerg.optimiser.ParameterSpace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class LocalLearnerTest {

    private final Optimiser optimiser = new Optimiser(Clock.fixed(Instant.parse("2024-05-01T12:00:00Z"), ZoneOffset.UTC));

    @TempDir
    Path dir;

    private LocalLearner learner(OptimiserSettings settings, Fsync fsync) {
        return new LocalLearner(dir, optimiser, optimiser.startFromDefaults(Strategies.space(), settings, 1), fsync);
    }

    private LocalLearner learner() {
        return learner(OptimiserSettings.defaults(), Fsync.system());
    }

    private static GameResult result(StrategyModel played, String outcome, double seconds, String gameId) {
        return new GameResult("run", gameId, outcome, seconds, 0.9, "", 0, played.parameters(), played.version(),
                "TERRAN EASY", "Wicked Cove");
    }

    @Test
    void servesTheCandidateToEvaluateNextAndRecordsEveryResultForIt() throws Exception {
        LocalLearner learner = learner();
        StrategyModel first = learner.fetchLatestModel().orElseThrow();
        assertThat(first.version()).isEqualTo("local-g0-c00");
        assertThat(first.parameters()).isEqualTo(Strategies.defaults().asMap());
        assertThat(first.buildOrder()).isEqualTo("hatch-gas-pool");
        assertThat(learner.stateFile()).as("asking writes nothing").doesNotExist();

        learner.sendTrainingData(result(first, "Victory", 700, "g1"));

        assertThat(Files.readAllLines(learner.resultsFile())).singleElement().asString().contains("\"gameId\":\"g1\"");
        Candidate played = new OptimiserJson().read(Files.readAllBytes(learner.stateFile())).candidate("g0-c00").orElseThrow();
        assertThat(played.games()).singleElement().satisfies(g -> assertThat(g.outcome().gameSeconds()).isEqualTo(700));
        assertThat(learner.fetchLatestModel().orElseThrow().version()).as("c00 has a game, c01 none").isEqualTo("local-g0-c01");

        // a second learner on the same folder (the next run) continues from the file
        LocalLearner again = learner();
        StrategyModel second = again.fetchLatestModel().orElseThrow();
        assertThat(second.version()).isEqualTo("local-g0-c01");
        again.sendTrainingData(result(second, "Defeat", 400, "g2"));
        assertThat(again.state().candidates().subList(0, 2)).allSatisfy(c -> assertThat(c.games()).hasSize(1));
        assertThat(Files.readAllLines(learner.resultsFile())).hasSize(2);
    }

    @Test
    void theGamesKilledAndLostValuesReachTheOptimisersOutcome() throws Exception {
        LocalLearner learner = learner();
        StrategyModel first = learner.fetchLatestModel().orElseThrow();
        GameResult base = result(first, "Defeat", 700, "g1");
        learner.sendTrainingData(GameResult.builder(base.runId(), base.gameId()).gameResult("Defeat").gameTime(700)
                .parameters(first.parameters()).modelVersion(first.version()).killedValue(900.0).lostValue(300.0)
                .build());

        Candidate played = learner.state().candidate("g0-c00").orElseThrow();
        assertThat(played.games()).singleElement().satisfies(g -> {
            assertThat(g.outcome().killedValue()).isEqualTo(900.0);
            assertThat(g.outcome().lostValue()).isEqualTo(300.0);
            assertThat(g.fitness()).as("a trade of 3:1 scores above an unknown one")
                    .isGreaterThan(io.wickedzerg.optimiser.Fitness.of(io.wickedzerg.optimiser.Outcome.of(
                            io.wickedzerg.optimiser.Result.DEFEAT, 700)));
        });
    }

    @Test
    void tellsBeforeAResultIsSentHowManyParametersTheNextCandidateChanges() {
        LocalLearner learner = learner();
        StrategyModel played = learner.fetchLatestModel().orElseThrow();
        List<Candidate> candidates = learner.state().candidates();
        int expected = candidates.get(1).genome().parametersChangedFrom(candidates.get(0).genome());

        int preview = learner.parametersToUpdate(result(played, "Victory", 700, "g1"));

        assertThat(preview).isEqualTo(expected).isPositive();
        assertThat(learner.stateFile()).as("the preview writes nothing").doesNotExist();
        learner.sendTrainingData(result(played, "Victory", 700, "g1"));
        assertThat(learner.lastParametersUpdated()).isEqualTo(preview);
    }

    @Test
    void aResultOfAModelItDidNotServeIsCountedAndChangesNoCandidate() throws Exception {
        LocalLearner learner = learner();
        StrategyModel fromTheService = new StrategyModel("g0-c00", Strategies.defaults().asMap(), "hatch-gas-pool");

        assertThat(learner.parametersToUpdate(result(fromTheService, "Victory", 700, "g1"))).isZero();
        learner.sendTrainingData(result(fromTheService, "Victory", 700, "g1"));

        assertThat(learner.state().ignored().unknownCandidate()).isEqualTo(1);
        assertThat(learner.state().candidates()).allSatisfy(c -> assertThat(c.games()).isEmpty());
        assertThat(Files.readAllLines(learner.resultsFile())).as("kept all the same").hasSize(1);
    }

    @Test
    void aFewDozenGamesMoveTheBestCandidateToWhereTheWinsAre() {
        LocalLearner learner = learner();
        double defaultDrones = Strategies.defaults().asMap().get("drone_target");
        for (int game = 0; game < 60; game++) {
            StrategyModel model = learner.fetchLatestModel().orElseThrow();
            double drones = model.parameters().get("drone_target");
            // more drones than the defaults win, and the more the sooner; fewer lose
            GameResult played = drones > defaultDrones
                    ? result(model, "Victory", 1500 - 10 * drones, "g" + game)
                    : result(model, "Defeat", 300, "g" + game);
            learner.sendTrainingData(played);
        }

        OptimiserState state = learner.state();
        assertThat(state.generation()).as("60 games of 10 candidates x 2").isEqualTo(3);
        assertThat(state.best().genome().value("drone_target")).isGreaterThan(defaultDrones + 3);
        assertThat(state.history()).allSatisfy(g -> assertThat(g.games()).isEqualTo(20));
        assertThat(state.history().get(2).wins()).isGreaterThan(state.history().get(0).wins());
    }

    @Test
    void aCrashWhileTheStateIsWrittenLeavesThePreviousStateReadable() throws Exception {
        CrashingFsync fsync = new CrashingFsync();
        LocalLearner learner = learner(OptimiserSettings.defaults(), fsync);
        StrategyModel first = learner.fetchLatestModel().orElseThrow();
        learner.sendTrainingData(result(first, "Victory", 700, "g1"));
        OptimiserState afterFirst = learner.state();

        fsync.crash = true;
        StrategyModel second = learner.fetchLatestModel().orElseThrow();
        assertThatThrownBy(() -> learner.sendTrainingData(result(second, "Defeat", 300, "g2")))
                .isInstanceOf(UncheckedIOException.class);
        // a process killed there leaves its half-written sibling behind
        Files.writeString(learner.stateFile().resolveSibling("optimiser-state.json.tmp"), "{\"seed\": 1, \"sett");

        LocalLearner restarted = learner();
        assertThat(restarted.state()).isEqualTo(afterFirst);
        assertThat(Files.readAllLines(learner.resultsFile())).as("the result itself was kept first").hasSize(2);
        StrategyModel again = restarted.fetchLatestModel().orElseThrow();
        assertThat(again.version()).isEqualTo(second.version());
        restarted.sendTrainingData(result(again, "Defeat", 300, "g2"));
        assertThat(restarted.state().candidate("g0-c01").orElseThrow().games()).hasSize(1);
    }

    @Test
    void aBrokenStateFileIsKeptAsideWithAWarningAndLearningStartsAgainFromTheDefaults() throws Exception {
        Files.writeString(dir.resolve("optimiser-state.json"), "{not json");
        List<String> warnings = captureWarnings(() -> {
            StrategyModel model = learner().fetchLatestModel().orElseThrow();
            assertThat(model.version()).isEqualTo("local-g0-c00");
            assertThat(model.parameters()).isEqualTo(Strategies.defaults().asMap());
        });

        assertThat(warnings).singleElement().asString().contains("optimiser-state.json is unreadable")
                .contains("kept as").contains("optimiser-state.json.broken");
        assertThat(Files.readString(dir.resolve("optimiser-state.json.broken"))).isEqualTo("{not json");
    }

    @Test
    void aStateLearnedOverOtherBuildOrdersIsKeptAsideAndLearningStartsAgain() throws Exception {
        ParameterSpace fewer = Strategies.shipped().space(List.of("hatch-gas-pool"));
        byte[] old = new OptimiserJson().write(optimiser.startFromDefaults(fewer, OptimiserSettings.defaults(), 1));
        Files.write(dir.resolve("optimiser-state.json"), old);

        List<String> warnings = captureWarnings(() -> assertThat(learner().state().space()).isEqualTo(Strategies.space()));

        assertThat(warnings).singleElement().asString().contains("other parameters, ranges or build orders");
        assertThat(Files.readAllBytes(dir.resolve("optimiser-state.json.replaced"))).isEqualTo(old);
    }

    private static List<String> captureWarnings(Runnable action) {
        Logger log = (Logger) LoggerFactory.getLogger(OptimiserStateFile.class);
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        log.addAppender(captured);
        try {
            action.run();
        } finally {
            log.detachAppender(captured);
        }
        return captured.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    /** Forces nothing; once {@code crash} is set, fails as a disk or a kill would between writing and renaming. */
    private static final class CrashingFsync implements Fsync {
        volatile boolean crash;

        @Override
        public void file(FileChannel channel) throws IOException {
            if (crash) {
                throw new IOException("simulated crash before the rename");
            }
        }

        @Override
        public void directory(Path folder) {
            // nothing to force in a test
        }
    }
}
