package io.wickedzerg.bot.game;

import static org.assertj.core.api.Assertions.assertThat;

import io.wickedzerg.bot.core.FailurePolicy;
import io.wickedzerg.bot.core.PlacementCheck;
import io.wickedzerg.bot.learning.LocalLearner;
import io.wickedzerg.bot.model.StepSnapshot;
import io.wickedzerg.bot.testing.Fixtures;
import io.wickedzerg.bot.testing.RecordingTelemetry;
import io.wickedzerg.bot.testing.Strategies;
import io.wickedzerg.optimiser.Optimiser;
import io.wickedzerg.optimiser.OptimiserSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BotGameTest {

    @Test
    void theListenerHearsOnceThatTheFirstStepComesNextAfterTheWarmUpAndBeforeAnyStep(@TempDir Path dir) {
        Optimiser optimiser = new Optimiser(Clock.systemUTC());
        LocalLearner learner = new LocalLearner(dir, optimiser,
                optimiser.startFromDefaults(Strategies.space(), OptimiserSettings.defaults(), 1));
        long[] now = {0};
        GameSession session = new GameSession(new GameSession.GameSettings("run", "wz", "g1",
                Opponent.labelled("TERRAN EASY"), "m", 1, Strategies.buildOrder("hatch-gas-pool"),
                Strategies.buildOrders(), Strategies.defaults(), FailurePolicy.RETHROW, 22, null),
                new RecordingTelemetry(), learner, () -> now[0]++);
        List<String> heard = new ArrayList<>();
        BotGame game = new BotGame(() -> session, new StepListener() {
            @Override
            public void afterStep(StepSnapshot snapshot, BotBrain brain) {
                heard.add("step " + brain.budget().report().steps());
            }

            @Override
            public void beforeFirstStep() {
                heard.add("before the first step, at clock " + now[0]);
            }
        });
        StepSnapshot first = Fixtures.opening().build(Fixtures.TECH);

        game.start(first, Fixtures.map(), PlacementCheck.ANYWHERE);
        long afterWarmUp = now[0];
        game.step(() -> first, commands -> { });
        game.step(() -> first, commands -> { });

        assertThat(afterWarmUp).as("the warm-up's steps read the clock").isGreaterThan(WarmUp.STEPS);
        assertThat(heard).containsExactly("before the first step, at clock " + afterWarmUp, "step 1", "step 2");
    }
}
