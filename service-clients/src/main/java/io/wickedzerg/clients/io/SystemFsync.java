package io.wickedzerg.clients.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** The real fsync: {@link FileChannel#force} on the file, and on the folder opened for reading. */
enum SystemFsync implements Fsync {
    INSTANCE;

    @Override
    public void file(FileChannel channel) throws IOException {
        channel.force(true);
    }

    @Override
    public void directory(Path dir) throws IOException {
        FileChannel channel;
        try {
            channel = FileChannel.open(dir, StandardOpenOption.READ);
        } catch (AccessDeniedException | UnsupportedOperationException cannotOpenFolders) {
            // Windows opens no folder as a channel; there the rename is as durable as the platform allows
            return;
        }
        try (channel) {
            channel.force(true);
        }
    }
}
