package io.wickedzerg.bot.ladder;

import java.io.IOException;
import java.io.InputStream;

/**
 * Tells the bot's child JVM that its launcher is gone: the launcher never writes to the child's stdin, so the end
 * of that stream comes when the launcher's process ends, even when it was killed with no chance to stop the child.
 * Without this a killed launcher would leave the bot playing on.
 */
final class ParentWatch {

    private ParentWatch() {
    }

    /** Reads {@code in} to its end on a daemon thread, then runs {@code onGone}. */
    static Thread start(InputStream in, Runnable onGone) {
        Thread thread = new Thread(() -> {
            byte[] ignored = new byte[256];
            try {
                while (in.read(ignored) >= 0) {
                    // nothing is sent; bytes from elsewhere are not the launcher's end
                }
            } catch (IOException e) {
                // a broken pipe is the launcher's end too
            }
            onGone.run();
        }, "launcher-watch");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
