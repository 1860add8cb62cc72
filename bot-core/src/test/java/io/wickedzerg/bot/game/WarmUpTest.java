package io.wickedzerg.bot.game;

import static org.assertj.core.api.Assertions.assertThat;

import io.wickedzerg.bot.core.FailurePolicy;
import io.wickedzerg.bot.core.PlacementCheck;
import io.wickedzerg.bot.learning.LocalLearner;
import io.wickedzerg.bot.learning.UpdateRule;
import io.wickedzerg.bot.model.StepSnapshot;
import io.wickedzerg.bot.strategy.BuildOrderLoader;
import io.wickedzerg.bot.strategy.StrategyParameters;
import io.wickedzerg.bot.testing.Fixtures;
import io.wickedzerg.bot.testing.ProjectFiles;
import io.wickedzerg.bot.testing.RecordingTelemetry;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarmUpTest {

    @Test
    void warmingUpLeavesTheGamesBrainTelemetryAndClockUntouched(@TempDir Path dir) {
        RecordingTelemetry telemetry = new RecordingTelemetry();
        long[] now = {0};
        GameSession session = new GameSession(new GameSession.GameSettings("run", "wz", "g1", "TERRAN EASY", "m", 1,
                new BuildOrderLoader(Fixtures.TECH).loadAll(ProjectFiles.path("config/build-orders")).get("hatch-gas-pool"),
                StrategyParameters.defaults(), Optional.empty(), FailurePolicy.RETHROW, 22, null),
                telemetry, new LocalLearner(dir, new UpdateRule(0.3), Map.of()), () -> now[0]++);
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
