package io.wickedzerg.clients.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void replaceCreatesTheFolderWritesTheContentAndLeavesNoTemporaryFile() throws IOException {
        Path file = dir.resolve("a/b/model.json");

        AtomicFiles.replace(file, "{\"v\":1}".getBytes());
        AtomicFiles.replace(file, "{\"v\":2}".getBytes());

        assertThat(file).hasContent("{\"v\":2}");
        try (var listing = Files.list(file.getParent())) {
            assertThat(listing).containsExactly(file);
        }
    }
}
