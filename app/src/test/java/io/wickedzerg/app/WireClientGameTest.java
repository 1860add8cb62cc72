package io.wickedzerg.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.ocraft.s2client.protocol.game.Difficulty;
import com.github.ocraft.s2client.protocol.game.Race;
import io.wickedzerg.bot.game.BotRuntime;
import io.wickedzerg.bot.game.GameClient;
import io.wickedzerg.bot.game.GameReport;
import io.wickedzerg.bot.game.GameSession;
import io.wickedzerg.bot.game.MatchSpec;
import io.wickedzerg.bot.game.StepListener;
import io.wickedzerg.bot.game.WireBot;
import io.wickedzerg.sim.map.BuiltInMaps;
import io.wickedzerg.sim.server.SimServer;
import io.wickedzerg.sim.server.SimServerOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bot on the wire client against the real headless server: a whole game won, with the unit events ocraft's
 * client would have reported, the server's replay saved after the client quit; a server gone mid-game ends it
 * undecided with the reason.
 */
class WireClientGameTest {

    @Test
    void theWireClientPlaysAWholeGameWithItsUnitEventsAndQuits(@TempDir Path data) {
        String map = BuiltInMaps.standard().defaultMap().name();
        MatchSpec spec = new MatchSpec(map, Race.TERRAN, Difficulty.EASY, 11, false, 2, 26_880);
        try (BotRuntime runtime = Games.runtime(data, "wire-game")) {
            LocalMatchRunner.RecordedGame game = new LocalMatchRunner(LocalMatchRunner.DEFAULT_REQUEST_TIMEOUT,
                    data.resolve("replays"), Optional.empty(), GameClient.WIRE)
                    .playRecorded(spec, runtime.session(spec, "wire-game"), StepListener.NONE);

            GameReport report = game.report();
            assertThat(report.result()).isEqualTo("Victory");
            assertThat(report.stepTimes().totalFailures()).isZero();
            assertThat(report.stepTimes().steps()).isGreaterThan(100);
            assertThat(report.buildOrderScore()).isGreaterThan(0.5);
            assertThat(report.score().killedValue().orElse(0)).as("from the final observation's score").isPositive();
            assertThat(report.score().lostValue()).isPresent();
            assertThat(game.saved()).as("the server saw the game end and the client quit").isNotNull();
            assertThat(game.saved().replay()).exists();
            String telemetry = telemetryText(data);
            assertThat(telemetry).as("construction-complete events").contains("\"structure_finished\"");
            assertThat(telemetry).as("destroyed events").contains("\"unit_lost\"");
        }
    }

    /**
     * The same seed from the same fresh state is the same game on either client, to the server's final state hash:
     * the wire client sends what ocraft sends, in the same order.
     */
    @Test
    void bothClientsPlayTheSameGameToTheSameFinalState(@TempDir Path data) {
        String map = BuiltInMaps.standard().defaultMap().name();
        MatchSpec spec = new MatchSpec(map, Race.ZERG, Difficulty.MEDIUM, 23, false, 2, 6_000);
        long[] hashes = new long[2];
        for (GameClient client : GameClient.values()) {
            Path own = data.resolve(client.name());
            try (BotRuntime runtime = Games.runtime(own, "same-game")) {
                LocalMatchRunner.RecordedGame game = new LocalMatchRunner(LocalMatchRunner.DEFAULT_REQUEST_TIMEOUT,
                        own.resolve("replays"), Optional.empty(), client)
                        .playRecorded(spec, runtime.session(spec, "same-game"), StepListener.NONE);
                assertThat(game.saved().finalLoop()).as(client + "'s game ran to the loop limit").isEqualTo(6_000);
                hashes[client.ordinal()] = game.saved().finalHash();
            }
        }
        assertThat(hashes[GameClient.WIRE.ordinal()]).isEqualTo(hashes[GameClient.OCRAFT.ordinal()]);
    }

    @Test
    void aServerGoneMidGameEndsItUndecidedWithTheReason(@TempDir Path data) {
        String map = BuiltInMaps.standard().defaultMap().name();
        MatchSpec spec = new MatchSpec(map, Race.TERRAN, Difficulty.EASY, 5, false, 2, 26_880);
        AtomicLong closedAt = new AtomicLong(-1);
        try (BotRuntime runtime = Games.runtime(data, "wire-lost")) {
            SimServer server = SimServer.start(SimServerOptions.builder().port(0).seed(5).build());
            GameSession session = runtime.session(spec, "wire-lost");
            WireBot bot = new WireBot(() -> session, (snapshot, brain) -> {
                if (snapshot.gameLoop() >= 400 && closedAt.compareAndSet(-1, snapshot.gameLoop())) {
                    server.close();
                }
            });

            GameReport report = bot.playAgainstComputer("127.0.0.1", server.port(), spec, Duration.ofSeconds(5));

            assertThat(closedAt.get()).as("the server went away mid-game").isBetween(400L, 402L);
            assertThat(report.result()).isEqualTo("Undecided");
            assertThat(report.gameLoops()).isBetween(400L, 402L);
            assertThat(report.connectionProblem()).as("says what failed and when").contains("after game loop 40");
        }
    }

    private static String telemetryText(Path data) {
        try (Stream<Path> files = Files.walk(data)) {
            StringBuilder all = new StringBuilder();
            for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).toList()) {
                all.append(Files.readString(file));
            }
            return all.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
