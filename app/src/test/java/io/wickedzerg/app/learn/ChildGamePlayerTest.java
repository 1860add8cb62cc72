package io.wickedzerg.app.learn;

import static org.assertj.core.api.Assertions.assertThat;

import io.wickedzerg.app.soak.ChildLauncher;
import io.wickedzerg.app.soak.SoakChild;
import io.wickedzerg.optimiser.Fitness;
import io.wickedzerg.optimiser.Outcome;
import io.wickedzerg.optimiser.Result;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildGamePlayerTest {

    @Test
    void theParameterSetIsWrittenForTheChildAndAChildThatFailsIsAnUndecidedGameScoredAsADefeat(@TempDir Path dir)
            throws Exception {
        // a class path without the CLI: the child exits at once with an error
        ChildLauncher noClasses = new ChildLauncher(Path.of(System.getProperty("java.home"), "bin", "java"),
                dir.toString(), dir);
        RunFolder folder = new RunFolder(dir.resolve("run"));
        long[] now = {0};
        ChildGamePlayer player = new ChildGamePlayer(new SoakChild(noClasses, Duration.ofSeconds(60), 10, 2000, 0),
                folder, "VeryHard", () -> now[0] += 2_500_000_000L);
        LearnTask task = LearnTask.training("g2-c03", 2, 1, LearnFixtures.space().defaults(),
                new GameCondition(1_002_002, "Protoss", "Hive Expanse"));

        GameRecord r = player.play(task);

        assertThat(folder.gameDir(task).resolve("strategy.json")).content().contains("\"version\" : \"learn-g2-c03\"")
                .contains("\"build_order\" : \"hatch-gas-pool\"");
        assertThat(r.kind()).isEqualTo("failed");
        assertThat(r.result()).isEqualTo("Undecided");
        assertThat(r.decided()).isFalse();
        assertThat(r.fitness()).isEqualTo(Fitness.of(Outcome.of(Result.UNDECIDED, 0)));
        assertThat(r.problem()).startsWith("exit code 1");
        assertThat(r.wallSeconds()).as("the test clock: one tick before, one after").isEqualTo(2.5);
        assertThat(r.folder()).isEqualTo(Path.of("games", "train-g2-c03-game2").toString());
        assertThat(r.seed()).isEqualTo(1_002_002);
    }
}
