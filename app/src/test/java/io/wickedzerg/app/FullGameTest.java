package io.wickedzerg.app;

import io.wickedzerg.bot.game.BotRuntime;
import io.wickedzerg.bot.game.GameReport;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.ocraft.s2client.protocol.game.Difficulty;
import com.github.ocraft.s2client.protocol.game.Race;
import io.wickedzerg.sim.map.BuiltInMaps;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whole games at full speed against the in-process server: the bot beats Easy of every race on every
 * built-in map. Manager exceptions fail the game (FailurePolicy.RETHROW); every game of the class runs
 * in one JVM, which also covers ocraft's per-JVM id remapping across games.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FullGameTest {

    private BotRuntime runtime;
    private final List<GameReport> reports = new ArrayList<>();

    @BeforeAll
    void start(@TempDir Path data) {
        runtime = Games.runtime(data, "full-games");
    }

    @AfterAll
    void stop() {
        runtime.close();
        reports.forEach(r -> System.out.println(r.opponent() + " on " + r.map() + ": " + r.result() + " at "
                + Math.round(r.gameSeconds()) + " s; " + r.stepTimes().summaryLine()));
    }

    static Stream<Arguments> everyRaceOnEveryMap() {
        return BuiltInMaps.standard().names().stream()
                .flatMap(map -> Stream.of(Race.TERRAN, Race.PROTOSS, Race.ZERG).map(race -> Arguments.of(map, race)));
    }

    @ParameterizedTest(name = "beats Easy {1} on {0}")
    @MethodSource("everyRaceOnEveryMap")
    void beatsEasy(String map, Race race) throws Exception {
        GameReport report = Games.play(runtime, map, race, Difficulty.EASY, 11);
        reports.add(report);

        assertThat(report.result()).isEqualTo("Victory");
        assertThat(report.stepTimes().totalFailures()).isZero();
        assertThat(report.stepTimes().steps()).isGreaterThan(100);
        assertThat(report.buildOrderScore()).isGreaterThan(0.5);
        // a won game killed something; the score comes from the server's final observation
        assertThat(report.score().killedValue().orElse(0)).isPositive();
        assertThat(report.score().lostValue()).isPresent();
        assertThat(report.telemetry().emitted()).isGreaterThan(report.gameLoops() / 22 - 5);
        assertThat(report.chart()).isNotNull();
        assertThat(Files.size(report.chart())).isGreaterThan(1000);
    }
}
