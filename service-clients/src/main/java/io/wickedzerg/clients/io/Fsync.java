package io.wickedzerg.clients.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * How written bytes and renames are made durable. {@link #system()} really forces them to disk;
 * tests pass one that records the order of the calls (the rename must come between the two).
 */
public interface Fsync {

    /** Forces a file's content and metadata to disk. */
    void file(FileChannel channel) throws IOException;

    /** Forces a folder's entries to disk, so that a rename or a new file in it survives a crash. */
    void directory(Path dir) throws IOException;

    static Fsync system() {
        return SystemFsync.INSTANCE;
    }
}
