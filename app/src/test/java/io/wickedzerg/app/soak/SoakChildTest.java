package io.wickedzerg.app.soak;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SoakChildTest {

    private static final SoakGame GAME = new SoakGame(7, 7, "zerg", "Creep Ridge", "HARD", true);

    private static SoakOutcome outcomeOf(String json) throws Exception {
        return SoakChild.fromSummary(GAME, new ObjectMapper().readTree(json), Path.of("g007"));
    }

    @Test
    void aDecidedGameIsAResultWithItsTimes() throws Exception {
        SoakOutcome o = outcomeOf("""
                {"result": "Victory", "game_seconds": 512.5, "wall_seconds": 14.2,
                 "step_time_ms": {"p50": 0.2, "p99": 0.81, "max": 9.5}, "connection_problem": ""}""");

        assertThat(o.kind()).isEqualTo(SoakOutcome.Kind.RESULT);
        assertThat(o.ok()).isTrue();
        assertThat(o.stepP99Ms()).isEqualTo(0.81);
        assertThat(o.gameSeconds()).isEqualTo(512.5);
        assertThat(o.killedValue()).as("no score in the summary: unknown, not 0").isNull();
    }

    @Test
    void theScoresKilledAndLostValueAreRead() throws Exception {
        SoakOutcome o = outcomeOf("""
                {"result": "Defeat", "game_seconds": 300, "killed_value": 1250.5, "lost_value": 4000.0,
                 "connection_problem": ""}""");

        assertThat(o.killedValue()).isEqualTo(1250.5);
        assertThat(o.lostValue()).isEqualTo(4000.0);
    }

    @Test
    void aTimeoutIsCountedAsSuchNotAsAnotherUndecidedGame() throws Exception {
        SoakOutcome o = outcomeOf("""
                {"result": "Undecided", "connection_problem": "SC2_PROTOCOL_TIMEOUT; no answer to OBSERVATION after game loop 4402"}""");

        assertThat(o.kind()).isEqualTo(SoakOutcome.Kind.PROTOCOL_TIMEOUT);
        assertThat(o.problem()).contains("OBSERVATION");
    }

    @Test
    void anUndecidedGameWithoutATimeoutIsUndecided() throws Exception {
        assertThat(outcomeOf("{\"result\": \"Undecided\", \"connection_problem\": \"connection lost\"}").kind())
                .isEqualTo(SoakOutcome.Kind.UNDECIDED);
    }

    @Test
    void aChildThatCannotStartIsAFailureNamingItsOutputEvenWithALastAttemptsSummaryInItsFolder(@TempDir Path dir)
            throws Exception {
        java.nio.file.Files.createDirectories(dir.resolve("g007"));
        java.nio.file.Files.writeString(dir.resolve("g007/summary.json"), "{\"games\": [{\"result\": \"Victory\"}]}");
        ChildLauncher noClasses = new ChildLauncher(Path.of(System.getProperty("java.home"), "bin", "java"),
                dir.toString(), dir);
        SoakChild child = new SoakChild(noClasses, Duration.ofSeconds(60), 10, 2000, 9);

        SoakOutcome o = child.play(GAME, dir.resolve("g007"));

        assertThat(o.kind()).isEqualTo(SoakOutcome.Kind.FAILED);
        assertThat(o.problem()).startsWith("exit code 1").contains("output.txt");
        assertThat(dir.resolve("g007/output.txt")).content().contains("io.wickedzerg.app.WickedZergCli");
    }
}
