package io.wickedzerg.bot.learning;

import static org.assertj.core.api.Assertions.assertThat;

import io.wickedzerg.bot.testing.Strategies;
import io.wickedzerg.clients.learning.GameResult;
import io.wickedzerg.clients.learning.StrategyModel;
import io.wickedzerg.optimiser.Optimiser;
import io.wickedzerg.optimiser.OptimiserSettings;
import io.wickedzerg.optimiser.OptimiserState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A fixed parameter set is played every game; its results are kept by the learner but teach it nothing. */
class FixedModelLearningTest {

    @Test
    void everyGamePlaysTheFileAndTheLocalLearnerKeepsTheResultWithoutLearning(@TempDir Path dir) throws Exception {
        Optimiser optimiser = new Optimiser(Clock.systemUTC());
        OptimiserState start = optimiser.startFromDefaults(Strategies.space(), OptimiserSettings.defaults(), 1);
        LocalLearner local = new LocalLearner(dir, optimiser, start);
        StrategyModel fixed = new StrategyModel("learn-g7-c03", Map.of("drone_target", 61.0), "roach-timing");
        FixedModelLearning learning = new FixedModelLearning(fixed, local);

        assertThat(learning.fetchLatestModel()).hasValue(fixed);
        GameResult result = new GameResult("run", "g1", "Victory", 400, 0.9, "", 0, fixed.parameters(),
                fixed.version(), "Terran VeryHard", "Wicked Cove");
        assertThat(learning.parametersToUpdate(result)).isZero();
        learning.sendTrainingData(result);

        assertThat(learning.fetchLatestModel()).as("still the file's, game after game").hasValue(fixed);
        assertThat(Files.readAllLines(local.resultsFile())).singleElement().asString().contains("learn-g7-c03");
        assertThat(local.state().candidates()).as("no candidate learned from it").isEqualTo(start.candidates());
        assertThat(local.state().ignored().unknownCandidate()).isEqualTo(1);
    }
}
