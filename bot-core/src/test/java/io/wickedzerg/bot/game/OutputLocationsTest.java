package io.wickedzerg.bot.game;

import static org.assertj.core.api.Assertions.assertThat;

import io.wickedzerg.config.HybridConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputLocationsTest {

    @Test
    void writableFoldersAreMadeAndPass(@TempDir Path tmp) {
        HybridConfig config = HybridConfig.builder().dataDir(tmp.resolve("data")).spoolDir(tmp.resolve("data/spool")).build();

        assertThat(OutputLocations.of(config).file("--summary-json", tmp.resolve("out/s.json")).firstProblem()).isEmpty();
        assertThat(tmp.resolve("data/spool")).isDirectory();
        assertThat(tmp.resolve("out")).isDirectory();
    }

    @Test
    void aDataDirThatIsAFileIsNamedWithItsSetting(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("data"), "not a folder");
        HybridConfig config = HybridConfig.builder().dataDir(file).spoolDir(tmp.resolve("spool")).build();

        assertThat(OutputLocations.of(config).firstProblem()).hasValueSatisfying(p -> assertThat(p)
                .startsWith("data_dir (code): ").contains(file.toString()).endsWith("is a file, not a folder"));
    }

    @Test
    void aSpoolDirThatCannotBeMadeIsNamedWithItsSetting(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("plain-file"), "x");
        HybridConfig config = HybridConfig.builder().dataDir(tmp.resolve("data")).spoolDir(file.resolve("spool")).build();

        assertThat(OutputLocations.of(config).firstProblem()).hasValueSatisfying(p -> assertThat(p)
                .startsWith("spool_dir (code): ").contains("is not writable"));
    }
}
