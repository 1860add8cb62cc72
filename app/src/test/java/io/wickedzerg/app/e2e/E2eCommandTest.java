package io.wickedzerg.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.wickedzerg.app.WickedZergCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Bad flags stop {@code run.sh e2e} before any process starts, with one line naming the flag. */
class E2eCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return WickedZergCli.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void aRestartBeforeTheKillIsRefused() {
        assertThat(run("e2e", "--kill-at-loop", "5000", "--restart-at-loop", "4000"))
                .isEqualTo(WickedZergCli.EXIT_BAD_INPUT);
        assertThat(err.toString().strip())
                .isEqualTo("error: --restart-at-loop must be after --kill-at-loop (5000), was 4000");
        assertThat(out.toString()).doesNotContain("working in");
    }

    @Test
    void aNegativeToleranceIsRefused() {
        assertThat(run("e2e", "--step-time-tolerance", "-1")).isEqualTo(WickedZergCli.EXIT_BAD_INPUT);
        assertThat(err.toString()).contains("--step-time-tolerance must be a percentage >= 0, was -1.0");
    }

    @Test
    void stepTimeRoundsOutsideOneToFiftyAreRefused() {
        assertThat(run("e2e", "--step-time-rounds", "0")).isEqualTo(WickedZergCli.EXIT_BAD_INPUT);
        assertThat(err.toString().strip()).isEqualTo("error: --step-time-rounds must be 1 to 50, was 0");
        assertThat(out.toString()).doesNotContain("working in");
        err.getBuffer().setLength(0);
        assertThat(run("e2e", "--step-time-rounds", "51")).isEqualTo(WickedZergCli.EXIT_BAD_INPUT);
        assertThat(err.toString().strip()).isEqualTo("error: --step-time-rounds must be 1 to 50, was 51");
    }
}
