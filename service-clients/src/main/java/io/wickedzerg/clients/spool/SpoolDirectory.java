package io.wickedzerg.clients.spool;

import io.wickedzerg.config.HybridConfig;
import io.wickedzerg.config.Setting;
import io.wickedzerg.config.UnusableSettingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checked once when a client starts: a spool that cannot be written would lose, quietly and much
 * later, exactly what it exists to keep. Later disk errors (a full disk mid-game) are the clients'
 * business; a wrong {@code spool_dir} stops the run before a game starts.
 */
public final class SpoolDirectory {

    private SpoolDirectory() {
    }

    /**
     * Creates {@code dir} (somewhere under {@code spool_dir}) and writes and deletes a file in it.
     *
     * @throws UnusableSettingException naming {@code spool_dir}, {@code SPOOL_DIR} and the folder, in one line
     */
    public static void requireWritable(HybridConfig config, Path dir) {
        try {
            Files.createDirectories(dir);
            Files.delete(Files.createTempFile(dir, ".writable-", ".probe"));
        } catch (IOException | SecurityException e) {
            throw unusable(config, dir, e);
        }
    }

    /** The same error for a spool that was writable but cannot be opened (e.g. a segment that cannot be read). */
    public static UnusableSettingException unusable(HybridConfig config, Path dir, Exception cause) {
        String message = cause.getMessage();
        String problem = cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
        return UnusableSettingException.forPath(config, Setting.SPOOL_DIR, dir, problem, cause);
    }
}
