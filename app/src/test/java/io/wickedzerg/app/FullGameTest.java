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
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whole games at full speed against the in-process server: the bot beats Easy of every race and on every
 * built-in map, each race on a map of its own (three games). Manager exceptions fail the game
 * (FailurePolicy.RETHROW); every game of the class runs in one JVM, which also covers ocraft's per-JVM id
 * remapping across games.
 *
 * <p>It used to play every race on every map (nine games, about two minutes of the build): the six more games
 * proved nothing these three do not, since the bot's code does not branch on the pair. The other pairs, harder
 * opponents, a recorded map and the bot as AI Arena starts it are played by {@code .ci/games} after the tests
 * (README: CI games), and a map's own checks (pathing, bases, placement) by the sim module's map tests.
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

    /** Map i with race i + 1: not the pairs {@code .ci/games} plays (Terran on Wicked Cove, Protoss on Creep Ridge). */
    static Stream<Arguments> everyRaceAndEveryMap() {
        List<String> maps = BuiltInMaps.standard().names();
        List<Race> races = List.of(Race.TERRAN, Race.PROTOSS, Race.ZERG);
        int games = Math.max(maps.size(), races.size());
        return IntStream.range(0, games)
                .mapToObj(i -> Arguments.of(maps.get(i % maps.size()), races.get((i + 1) % races.size())));
    }

    @Test
    void everyRaceAndEveryMapIsPlayed() {
        List<Arguments> games = everyRaceAndEveryMap().toList();

        assertThat(games).extracting(a -> a.get()[0]).containsAll(BuiltInMaps.standard().names());
        assertThat(games).extracting(a -> a.get()[1]).contains(Race.TERRAN, Race.PROTOSS, Race.ZERG);
    }

    @ParameterizedTest(name = "beats Easy {1} on {0}")
    @MethodSource("everyRaceAndEveryMap")
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
