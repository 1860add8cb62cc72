package io.wickedzerg.clients.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Whole-file replacement that a crash can never leave half written or lost: write a sibling, fsync
 * it, rename it over the file, fsync the folder (without that last step the rename itself may not
 * survive a power cut, and the old content comes back).
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /** Replaces {@code file} with {@code content}, creating its folder when missing. */
    public static void replace(Path file, byte[] content) throws IOException {
        replace(file, content, Fsync.system());
    }

    public static void replace(Path file, byte[] content, Fsync fsync) throws IOException {
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer bytes = ByteBuffer.wrap(content);
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            fsync.file(channel);
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        move(tmp, target, fsync);
    }

    /** Renames atomically where the file system can, else a plain replacing rename; then fsyncs the folder. */
    public static void move(Path from, Path to) throws IOException {
        move(from, to, Fsync.system());
    }

    public static void move(Path from, Path to, Fsync fsync) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
        fsync.directory(to.toAbsolutePath().getParent());
    }
}
