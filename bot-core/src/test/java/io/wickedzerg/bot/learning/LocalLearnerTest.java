package io.wickedzerg.bot.learning;

import static org.assertj.core.api.Assertions.assertThat;

import io.wickedzerg.bot.strategy.StrategyParameters;
import io.wickedzerg.clients.learning.GameResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalLearnerTest {

    private static GameResult result(String outcome, Map<String, Double> params, String gameId) {
        return new GameResult("run", gameId, outcome, 400, 0.9, "", 0, params, "local-0", "TERRAN EASY", "Wicked Cove");
    }

    @Test
    void noModelUntilTheFirstResultThenTheUpdatedModelIsServed(@TempDir Path dir) throws Exception {
        Map<String, Double> defaults = StrategyParameters.defaults().asMap();
        LocalLearner learner = new LocalLearner(dir, new UpdateRule(0.5), defaults);
        assertThat(learner.fetchLatestModel()).isEmpty();

        Map<String, Double> played = new HashMap<>(defaults);
        played.put("attack_supply", 46.0);
        learner.sendTrainingData(result("Victory", played, "g1"));

        var model = learner.fetchLatestModel().orElseThrow();
        assertThat(model.version()).isEqualTo("local-1");
        assertThat(model.parameters().get("attack_supply")).isEqualTo(41.0);
        assertThat(learner.lastParametersUpdated()).isEqualTo(1);
        assertThat(Files.readAllLines(learner.resultsFile())).singleElement().asString().contains("\"gameId\":\"g1\"");

        // A second learner on the same folder continues from the file.
        LocalLearner again = new LocalLearner(dir, new UpdateRule(0.5), defaults);
        again.sendTrainingData(result("Defeat", played, "g2"));
        assertThat(again.fetchLatestModel().orElseThrow().version()).isEqualTo("local-2");
        assertThat(Files.readAllLines(learner.resultsFile())).hasSize(2);
    }

    @Test
    void tellsBeforeAResultIsSentHowManyParametersLearningFromItChanges(@TempDir Path dir) {
        Map<String, Double> defaults = StrategyParameters.defaults().asMap();
        LocalLearner learner = new LocalLearner(dir, new UpdateRule(0.5), defaults);
        Map<String, Double> played = new HashMap<>(defaults);
        played.put("attack_supply", 46.0);
        played.put("drone_target", 60.0);

        int preview = learner.parametersToUpdate("Victory", played);

        assertThat(preview).isEqualTo(2);
        assertThat(learner.modelFile()).as("the preview writes nothing").doesNotExist();
        learner.sendTrainingData(result("Victory", played, "g1"));
        assertThat(learner.lastParametersUpdated()).isEqualTo(preview);
    }

    @Test
    void aBrokenModelFileFallsBackToDefaults(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("model.json"), "{not json");
        LocalLearner learner = new LocalLearner(dir, new UpdateRule(0.5), StrategyParameters.defaults().asMap());

        assertThat(learner.fetchLatestModel()).isEmpty();
    }

    @Test
    void explorationIsSeededAndStaysInRange() {
        StrategyParameters center = StrategyParameters.defaults();
        StrategyParameters a = new Exploration(0.1, new SplittableRandom(7)).perturb(center);
        StrategyParameters b = new Exploration(0.1, new SplittableRandom(7)).perturb(center);

        assertThat(a.asMap()).isEqualTo(b.asMap()).isNotEqualTo(center.asMap());
        for (var p : io.wickedzerg.bot.strategy.StrategyParameter.values()) {
            assertThat(a.get(p)).isBetween(p.min(), p.max());
        }
    }
}
