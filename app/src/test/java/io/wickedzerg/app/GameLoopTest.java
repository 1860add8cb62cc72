package io.wickedzerg.app;

import io.wickedzerg.bot.game.GameLoop;
import io.wickedzerg.bot.game.StepListener;
import io.wickedzerg.bot.game.BotRuntime;
import io.wickedzerg.bot.game.MatchSpec;
import io.wickedzerg.bot.game.GameReport;
import io.wickedzerg.bot.game.WickedZergBot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.ocraft.s2client.bot.S2Coordinator;
import com.github.ocraft.s2client.protocol.game.BattlenetMap;
import com.github.ocraft.s2client.protocol.game.Difficulty;
import com.github.ocraft.s2client.protocol.game.Race;
import io.wickedzerg.sim.server.SimServer;
import io.wickedzerg.sim.server.SimServerOptions;
import io.wickedzerg.sim.map.BuiltInMaps;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GameLoopTest {

    private static S2Coordinator startGame(SimServer server, WickedZergBot bot, MatchSpec spec) {
        return S2Coordinator.setup()
                .setRealtime(false)
                .setStepSize(spec.stepSize())
                .setTimeoutMS(5_000)
                .setParticipants(S2Coordinator.createParticipant(Race.ZERG, bot, "WickedZerg"),
                        S2Coordinator.createComputer(spec.opponentRace(), spec.difficulty()))
                .connect("127.0.0.1", server.port())
                .startGame(BattlenetMap.of(spec.map()));
    }

    @Test
    void aGameWhoseServerGoesAwayEndsUndecidedInsteadOfThrowing(@TempDir Path data) {
        String map = BuiltInMaps.standard().defaultMap().name();
        MatchSpec spec = new MatchSpec(map, Race.TERRAN, Difficulty.EASY, 5, false, 2, 26_880);
        AtomicLong closedAt = new AtomicLong(-1);
        try (BotRuntime runtime = Games.runtime(data, "lost-connection")) {
            SimServer server = SimServer.start(SimServerOptions.builder().port(0).seed(5).build());
            WickedZergBot bot = new WickedZergBot(runtime.session(spec, "lost-connection"), (snapshot, brain) -> {
                if (snapshot.gameLoop() >= 400 && closedAt.compareAndSet(-1, snapshot.gameLoop())) {
                    server.close();
                }
            });
            S2Coordinator coordinator = startGame(server, bot, spec);

            GameLoop.run(coordinator, bot);

            assertThat(closedAt.get()).as("the server went away mid-game").isBetween(400L, 402L);
            GameReport report = bot.reportOrAbandon();
            assertThat(report.result()).isEqualTo("Undecided");
            assertThat(report.gameLoops()).isBetween(400L, 402L);
        }
    }

    @Test
    void whenOcraftThrowsBecauseItsClientIsGoneTheLoopEndsQuietly(@TempDir Path data) {
        String map = BuiltInMaps.standard().defaultMap().name();
        MatchSpec spec = new MatchSpec(map, Race.ZERG, Difficulty.EASY, 6, false, 2, 26_880);
        try (BotRuntime runtime = Games.runtime(data, "stopped-client");
             SimServer server = SimServer.start(SimServerOptions.builder().port(0).seed(6).build())) {
            WickedZergBot bot = new WickedZergBot(runtime.session(spec, "stopped-client"), StepListener.NONE);
            S2Coordinator coordinator = startGame(server, bot, spec);
            assertThat(coordinator.update()).isTrue();
            coordinator.quit();
            assertThatThrownBy(coordinator::update).as("precondition: ocraft throws once its client stopped")
                    .isInstanceOf(IllegalStateException.class);

            GameLoop.run(coordinator, bot);

            assertThat(bot.reportOrAbandon().result()).isEqualTo("Undecided");
        }
    }
}
