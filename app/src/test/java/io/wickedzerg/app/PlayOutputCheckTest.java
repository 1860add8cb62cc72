package io.wickedzerg.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** play checks every place it writes before its first game (OutputLocations), as a user meets it. */
class PlayOutputCheckTest {

    @Test
    void aUserWhoseWzDataDirIsAFileGetsOneLineAndExit2BeforeAnyGame(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("data"), "not a folder");
        ProcessBuilder cli = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), WickedZergCli.class.getName(), "play")
                .directory(ProjectFiles.root().toFile());
        cli.environment().put("WZ_DATA_DIR", file.toString());
        cli.environment().put("WZ_LOG_DIR", tmp.resolve("logs").toString());
        Process process = cli.start();
        String stderr = new String(process.getErrorStream().readAllBytes());
        String stdout = new String(process.getInputStream().readAllBytes());

        assertThat(process.waitFor()).isEqualTo(2);
        assertThat(stderr.strip()).isEqualTo("error: data_dir (env WZ_DATA_DIR): " + file + " is a file, not a folder");
        assertThat(stdout).isEmpty();
    }

    @Test
    void aStrategyFileOutsideItsRangesIsOneLineAndExit2BeforeAnyGame(@TempDir Path tmp) throws Exception {
        Path strategy = Files.writeString(tmp.resolve("s.json"), "{\"version\": \"v\", \"parameters\": {\"attack_supply\": 500}}");
        ProcessBuilder cli = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), WickedZergCli.class.getName(), "play",
                "--strategy-file", strategy.toString())
                .directory(ProjectFiles.root().toFile());
        cli.environment().put("WZ_DATA_DIR", tmp.resolve("data").toString());
        cli.environment().put("WZ_LOG_DIR", tmp.resolve("logs").toString());
        Process process = cli.start();
        String stderr = new String(process.getErrorStream().readAllBytes());
        String stdout = new String(process.getInputStream().readAllBytes());

        assertThat(process.waitFor()).isEqualTo(2);
        assertThat(stderr.strip()).isEqualTo("strategy error: " + strategy
                + ": parameters.attack_supply: 500 is outside 12.0 .. 120.0 or not a whole number");
        assertThat(stdout).doesNotContain("VICTORY", "DEFEAT");
    }

    @Test
    void aStrategyFileAndABuildOrderTogetherAreExit2() {
        StringWriter err = new StringWriter();

        int code = WickedZergCli.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                "play", "--strategy-file", "s.json", "--build-order", "12-pool");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).startsWith("error: --build-order: not with --strategy-file");
    }

    @Test
    void playStopsBeforeTheGameWithOneLineAndExit2WhenTheSummaryPathIsAFolder(@TempDir Path tmp) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = WickedZergCli.execute(new PrintWriter(out, true), new PrintWriter(err, true),
                "play", "--summary-json", tmp.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("error: --summary-json: " + tmp.toAbsolutePath() + " is a folder, not a file");
        assertThat(out.toString()).doesNotContain("VICTORY");
    }
}
