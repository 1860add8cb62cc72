package io.wickedzerg.app.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wickedzerg.optimiser.Optimiser;
import io.wickedzerg.optimiser.OptimiserJson;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole runs against a made-up opponent (no processes): scheduling, files, resume. */
class LearnRunTest {

    private final LearnSettings settings = LearnFixtures.settings(4, 4, 2, 3);
    private final StringWriter console = new StringWriter();
    private final long[] now = {0};

    private LearnReport run(Path dir, GamePlayer player, int parallel) throws Exception {
        RunFolder folder = new RunFolder(dir);
        folder.writeSettings(settings);
        Journal journal = Journal.open(folder.journalFile());
        LearnProgress progress = new LearnProgress(new PrintWriter(console, true), () -> now[0], settings.totalGames(),
                journal.records().size());
        return new LearnRun(settings, LearnPlan.of(settings, LearnFixtures.RACES, LearnFixtures.MAPS),
                LearnFixtures.space(), folder, journal, new Optimiser(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)),
                player, parallel, progress, () -> now[0]).run();
    }

    /** Plays with the made-up opponent, each game taking 30 s of the test's clock, and counts what it played. */
    private GamePlayer counting(List<String> played) {
        return task -> {
            synchronized (played) {
                played.add(task.key());
                now[0] += 30_000_000_000L;
            }
            return LearnFixtures.play(task);
        };
    }

    @Test
    void aRunTrainsItsGenerationsThenEvaluatesTheThreeContendersOnTheSameFreshGames(@TempDir Path dir) throws Exception {
        List<String> played = new ArrayList<>();

        LearnReport report = run(dir, counting(played), 1);

        assertThat(played).hasSize(settings.totalGames()).doesNotHaveDuplicates();
        assertThat(played.subList(0, 32)).allSatisfy(k -> assertThat(k).startsWith("train-"));
        assertThat(played.subList(32, 41)).containsExactly("eval-best-game1", "eval-median-game1",
                "eval-defaults-game1", "eval-best-game2", "eval-median-game2", "eval-defaults-game2", "eval-best-game3",
                "eval-median-game3", "eval-defaults-game3");
        assertThat(report.history()).hasSize(4);
        assertThat(report.evaluation().rows()).extracting(r -> r.games()).containsExactly(3, 3, 3);
        assertThat(Files.readAllLines(dir.resolve("games.jsonl"))).hasSize(41);
        assertThat(new OptimiserJson().read(Files.readAllBytes(dir.resolve("optimiser-state.json"))).generation())
                .as("the optimiser advanced through every generation").isEqualTo(4);
        assertThat(dir.resolve("learn-curve.png")).isNotEmptyFile();
        assertThat(dir.resolve("learn.md")).content().contains("| 3 | 8 |").contains("## Verdict");
        JsonNode json = new ObjectMapper().readTree(dir.resolve("learn.json").toFile());
        assertThat(json.path("generations")).hasSize(4);
        assertThat(json.path("comparisons")).hasSize(2);
        assertThat(json.path("settings").path("games_per_candidate").asInt()).isEqualTo(2);
    }

    @Test
    void theMadeUpOpponentsFavouriteIsLearnt(@TempDir Path dir) throws Exception {
        LearnReport report = run(dir, counting(new ArrayList<>()), 1);

        // drone_target above 50 wins: the best must have found that, whatever the random start held
        assertThat(report.evaluation().rows().get(0).contender().genome().value("drone_target")).isGreaterThan(50);
        assertThat(report.history().get(3).winRate()).isGreaterThanOrEqualTo(report.history().get(0).winRate());
    }

    @Test
    void progressSaysWhereTheRunIsTheStandingAndTheTimeLeft(@TempDir Path dir) throws Exception {
        run(dir, counting(new ArrayList<>()), 1);

        assertThat(console.toString())
                .contains("[ 1/41] generation 0 (1 of 4), g0-c00 game 1: ")
                .contains(", 20.0 s wall | ")
                .contains("| training win rate ")
                .contains("| ETA 20 min")
                .contains("generation 3 done (4 of 4): 8 games")
                .contains("[41/41] evaluation, defaults game 3: ")
                .contains("| won: best 3/3, median ");
    }

    @Test
    void aRunCutShortResumesWithTheGamesItHadAndEndsAsAnUncutRunWould(@TempDir Path tmp) throws Exception {
        Path whole = tmp.resolve("whole");
        run(whole, counting(new ArrayList<>()), 1);
        Path cut = tmp.resolve("cut");
        List<String> firstSession = new ArrayList<>();
        GamePlayer crashing = task -> {
            if (firstSession.size() == 19) {
                throw new IllegalStateException("the machine went down");
            }
            firstSession.add(task.key());
            return LearnFixtures.play(task);
        };

        assertThatThrownBy(() -> run(cut, crashing, 1)).hasMessage("the machine went down");
        assertThat(Files.readAllLines(cut.resolve("games.jsonl"))).hasSize(19);
        List<String> secondSession = new ArrayList<>();
        run(cut, counting(secondSession), 1);

        assertThat(secondSession).hasSize(settings.totalGames() - 19).doesNotContainAnyElementsOf(firstSession);
        assertThat(Files.readString(cut.resolve("optimiser-state.json")))
                .isEqualTo(Files.readString(whole.resolve("optimiser-state.json")));
        assertThat(Files.readString(cut.resolve("learn.md")))
                .isEqualTo(Files.readString(whole.resolve("learn.md")));
    }

    @Test
    void twoAtATimeEveryGameIsPlayedOnceAndRecorded(@TempDir Path dir) throws Exception {
        List<String> played = Collections.synchronizedList(new ArrayList<>());

        LearnReport report = run(dir, counting(played), 2);

        assertThat(played).hasSize(settings.totalGames()).doesNotHaveDuplicates();
        assertThat(report.games()).hasSize(settings.totalGames());
        assertThat(report.history()).extracting(g -> g.games()).containsOnly(8);
    }
}
