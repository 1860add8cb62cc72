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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarmUpTest {

    @Test
    void warmingUpLeavesTheGamesBrainTelemetryAndClockUntouched(@TempDir Path dir) {
        RecordingTelemetry telemetry = new RecordingTelemetry();
        long[] now = {0};
        Optimiser optimiser = new Optimiser(Clock.systemUTC());
        LocalLearner learner = new LocalLearner(dir, optimiser,
                optimiser.startFromDefaults(Strategies.space(), OptimiserSettings.defaults(), 1));
        GameSession session = new GameSession(new GameSession.GameSettings("run", "wz", "g1", Opponent.labelled("TERRAN EASY"), "m", 1,
                Strategies.buildOrder("hatch-gas-pool"), Strategies.buildOrders(), Strategies.defaults(),
                FailurePolicy.RETHROW, 22, null), telemetry, learner, () -> now[0]++);
        BotBrain game = session.start(Fixtures.map(), PlacementCheck.ANYWHERE);
        StepSnapshot first = Fixtures.opening().build(Fixtures.TECH);
        BotBrain throwaway = session.throwawayBrain(Fixtures.map(), PlacementCheck.ANYWHERE);

        WarmUp.run(throwaway, first, 50);

        assertThat(throwaway.budget().report().steps()).isEqualTo(50);
        assertThat(throwaway.roles().size()).as("the warm-up brain did play").isPositive();
        assertThat(session.brain()).isSameAs(game);
        assertThat(game.budget().report().steps()).isZero();
        assertThat(game.roles().size()).isZero();
        assertThat(game.lastSnapshot()).isNull();
        // only the game's own start: the warm-up sent nothing
        assertThat(telemetry.events).extracting(e -> e.kind()).containsExactly("game_start");
    }
}
