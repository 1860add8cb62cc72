package io.wickedzerg.bot.ladder;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;

/**
 * Waits briefly for the game's port to accept connections before ocraft tries it: ocraft gives up after 20
 * immediate retries and then throws with several stack traces, which a person reading a failed ladder start
 * should not have to decode. A port that never answers becomes one clear line instead.
 */
final class GameServerProbe {
    private static final int POLL_MILLIS = 100;

    private GameServerProbe() {
    }

    /** True as soon as {@code host:port} accepts a connection; false when it did not within {@code patience}. */
    static boolean awaitListening(String host, int port, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        do {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(host, port), POLL_MILLIS);
                return true;
            } catch (IOException notYet) {
                // refused or unreachable: the server may still be starting
            }
            try {
                // a refused connect returns at once; pace the retries so patience means wall time
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        } while (System.nanoTime() < deadline);
        return false;
    }
}
