package io.wickedzerg.clients.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    /** Really fsyncs, and notes what the folder looked like at each call. */
    private final class RecordingFsync implements Fsync {
        final List<String> calls = new CopyOnWriteArrayList<>();

        @Override
        public void file(FileChannel channel) throws IOException {
            calls.add("file size=" + channel.size());
            Fsync.system().file(channel);
        }

        @Override
        public void directory(Path folder) throws IOException {
            try (var listing = Files.list(folder)) {
                calls.add("dir " + dir.relativize(folder) + " holds " + listing.map(p -> p.getFileName().toString())
                        .sorted().toList());
            }
            Fsync.system().directory(folder);
        }
    }

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

    @Test
    void replaceForcesTheFileBeforeTheRenameAndTheFolderAfterIt() throws IOException {
        RecordingFsync fsync = new RecordingFsync();
        Path file = dir.resolve("cache/registry.json");

        AtomicFiles.replace(file, "12345".getBytes(), fsync);

        // the content is forced while it is still the temporary sibling; the folder once the rename is done
        assertThat(fsync.calls).containsExactly("file size=5", "dir cache holds [registry.json]");
    }

    @Test
    void moveForcesTheTargetsFolder() throws IOException {
        RecordingFsync fsync = new RecordingFsync();
        Files.createDirectories(dir.resolve("spool"));
        Path from = Files.writeString(dir.resolve("spool/1.tmp"), "frames");

        AtomicFiles.move(from, dir.resolve("spool/1.seg"), fsync);

        assertThat(fsync.calls).containsExactly("dir spool holds [1.seg]");
    }

    @Test
    void theSystemFsyncForcesARealFolderAndNamesAMissingOne() throws IOException {
        Fsync.system().directory(dir); // no exception on a real folder

        Path missing = dir.resolve("gone");
        assertThatThrownBy(() -> Fsync.system().directory(missing)).isInstanceOf(NoSuchFileException.class)
                .hasMessageContaining(missing.toString());
    }

    @Test
    void aFolderThatCannotBeCreatedFailsNamingItAndLeavesTheOldFileAlone() throws IOException {
        // a file where the folder should be stops even root, unlike permissions
        Path blocker = Files.writeString(dir.resolve("blocker"), "not a folder");

        assertThatThrownBy(() -> AtomicFiles.replace(blocker.resolve("model.json"), "x".getBytes()))
                .isInstanceOf(IOException.class).hasMessageContaining(blocker.toString());
        assertThat(blocker).hasContent("not a folder");
    }

    @Test
    void aFailedWriteLeavesNoTemporaryFileBehind() throws IOException {
        Path file = dir.resolve("model.json");
        Fsync failing = new Fsync() {
            @Override
            public void file(FileChannel channel) throws IOException {
                throw new IOException("disk said no");
            }

            @Override
            public void directory(Path folder) {
            }
        };

        assertThatThrownBy(() -> AtomicFiles.replace(file, "x".getBytes(), failing)).hasMessage("disk said no");
        try (var listing = Files.list(dir)) {
            assertThat(listing).isEmpty();
        }
    }
}
