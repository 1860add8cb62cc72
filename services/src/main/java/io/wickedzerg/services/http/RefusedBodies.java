package io.wickedzerg.services.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads what is left of a refused request's body and throws it away before the error answer goes out. A server that
 * answers and closes while the client is still writing resets the connection, and the client loses the answer
 * (measured on loopback: 26 of 300 slightly oversized bodies lost their 413). The bot's client must see a 4xx to
 * dead-letter a batch; a lost answer looks like a transport failure, which it retries.
 *
 * <p>Bodies declared longer than the cap are not read: their connection just closes, as before. The cap bounds what
 * a client without the API key can make the service read (into one 8 KiB buffer, nothing kept).
 */
final class RefusedBodies {

    /** How far past {@code max_body_bytes} a refused body is still drained. */
    static final int DRAIN_FACTOR = 4;

    private final long cap;

    RefusedBodies(long maxBodyBytes) {
        this.cap = DRAIN_FACTOR * maxBodyBytes;
    }

    void drain(Context ctx) {
        if (ctx.req().getContentLengthLong() > cap) {
            return;
        }
        try {
            InputStream body = ctx.req().getInputStream();
            byte[] sink = new byte[8192];
            long drained = 0;
            int n;
            while (drained <= cap && (n = body.read(sink)) >= 0) {
                drained += n;
            }
        } catch (IOException | RuntimeException e) {
            // the client went away or sent a broken body: the answer goes out as it is
        }
    }
}
