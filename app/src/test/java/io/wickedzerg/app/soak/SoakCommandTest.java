package io.wickedzerg.app.soak;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A short soak for real: two games at once, each in its own JVM of this build, to a result. */
class SoakCommandTest {

    private static final Path PROJECT = Path.of(System.getProperty("wz.projectRoot", "..")).toAbsolutePath().normalize();

    @Test
    void twoGamesAtOnceInTheirOwnProcessesEndWithAResultAndAReport(@TempDir Path out) throws Exception {
        StringWriter console = new StringWriter();
        CommandLine cli = new CommandLine(new SoakCommand(PROJECT)).setOut(new PrintWriter(console, true));

        int code = cli.execute("--games", "2", "--parallel", "2", "--seed", "3", "--loop-limit", "1500",
                "--out", out.toString());

        assertThat(code).as(console.toString()).isZero();
        assertThat(console.toString()).contains("[  1/2]").contains("[  2/2]").contains("with a result         2")
                .contains("protocol timeouts     0");
        JsonNode soak = new ObjectMapper().readTree(out.resolve("soak.json").toFile());
        assertThat(soak.path("outcomes").path("result").asInt()).isEqualTo(2);
        assertThat(soak.path("per_game")).hasSize(2);
        assertThat(soak.path("per_game").get(1).path("hybrid").asBoolean()).isTrue();
        assertThat(out.resolve("g001/summary.json")).exists();
        assertThat(out.resolve("g002/logs/wicked-zerg.log")).exists();
    }

    @Test
    void badFlagsAreExit2NamingTheFlag() {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new SoakCommand(PROJECT)).setErr(new PrintWriter(err, true));

        assertThat(cli.execute("--parallel", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--parallel: must be 1..16, was 0");
    }
}
