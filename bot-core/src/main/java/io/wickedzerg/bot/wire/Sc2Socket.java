package io.wickedzerg.bot.wire;

import SC2APIProtocol.Sc2Api;
import com.google.protobuf.CodedInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The SC2 API's websocket ({@code ws://host:port/sc2api}) as blocking calls: one request out as one binary frame,
 * then the caller's thread waits, bounded, for its response. The JDK's websocket's selector thread parses each
 * message (its executor runs callbacks in place) while the caller waits anyway, and hands the response straight to
 * it: one hand-off a response. One caller at a time: the game's thread.
 */
public final class Sc2Socket implements AutoCloseable {

    private static final Object CLOSED = new Object();

    private final WebSocket socket;
    private final Duration timeout;
    private final BlockingQueue<Object> inbox = new LinkedBlockingQueue<>();
    private int nextId = 1;

    private Sc2Socket(String host, int port, Duration timeout) {
        this.timeout = timeout;
        HttpClient client = HttpClient.newBuilder().executor(Runnable::run).connectTimeout(timeout).build();
        try {
            this.socket = client.newWebSocketBuilder().connectTimeout(timeout)
                    .buildAsync(URI.create("ws://" + host + ":" + port + "/sc2api"), new Inbox()).join();
        } catch (CompletionException e) {
            throw new Sc2ConnectionException("cannot connect to the game at " + host + ":" + port + ": "
                    + e.getCause(), e.getCause());
        }
    }

    public static Sc2Socket connect(String host, int port, Duration timeout) {
        return new Sc2Socket(host, port, timeout);
    }

    /**
     * Sends {@code request} (its id set here) and returns its response.
     *
     * @throws Sc2ConnectionException when the connection closes, fails or no response comes within the timeout
     * @throws Sc2ProtocolException   when the game answers with an error
     */
    public Sc2Api.Response call(Sc2Api.Request request) {
        return receive(send(request));
    }

    /**
     * Sends {@code request} without waiting: a game that answers in request order (the embedded server does) can
     * take several at once, and {@link #receive} then reads their answers in the order they were sent.
     *
     * @return what was sent, for {@link #receive}
     */
    public Sc2Api.Request.RequestCase send(Sc2Api.Request request) {
        Sc2Api.Request built = request.toBuilder().setId(nextId++).build();
        try {
            socket.sendBinary(ByteBuffer.wrap(built.toByteArray()), true).join();
        } catch (CompletionException e) {
            throw new Sc2ConnectionException("cannot send " + built.getRequestCase() + ": " + e.getCause(), e);
        }
        return built.getRequestCase();
    }

    /**
     * The answer to the oldest request not yet answered, {@code what} (for the messages).
     *
     * @throws Sc2ConnectionException when the connection closes, fails or no response comes within the timeout
     * @throws Sc2ProtocolException   when the game answers with an error
     */
    public Sc2Api.Response receive(Sc2Api.Request.RequestCase what) {
        Sc2Api.Response response = next(what);
        if (response.getErrorCount() > 0) {
            throw new Sc2ProtocolException("the game answered " + what + " with an error: "
                    + String.join("; ", response.getErrorList()));
        }
        return response;
    }

    private Sc2Api.Response next(Sc2Api.Request.RequestCase what) {
        Object message;
        try {
            message = inbox.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Sc2ConnectionException("interrupted waiting for the answer to " + what, e);
        }
        if (message == null) {
            throw new Sc2ConnectionException("no answer to " + what + " within " + timeout.toMillis() + " ms");
        }
        if (message == CLOSED) {
            inbox.add(CLOSED); // every later call sees it too
            throw new Sc2ConnectionException("the game closed the connection; no answer to " + what);
        }
        if (message instanceof Sc2ProtocolException notAResponse) {
            throw new Sc2ProtocolException(notAResponse.getMessage() + " (the answer to " + what + ")");
        }
        if (message instanceof Throwable failure) {
            inbox.add(failure);
            throw new Sc2ConnectionException("the connection failed waiting for " + what + ": " + failure, failure);
        }
        return (Sc2Api.Response) message;
    }

    /** Closes the websocket; the game sees the client hang up. */
    @Override
    public void close() {
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").join();
        } catch (CompletionException e) {
            // already closed by the game: nothing to hang up
        }
        socket.abort();
    }

    /**
     * Parses each binary message as it arrives, from its one buffer or from its parts gathered into one reused
     * array, and queues the response (or the reason it is none); the listener never blocks.
     */
    private final class Inbox implements WebSocket.Listener {
        private byte[] parts = new byte[1 << 16];
        private int length;

        @Override
        public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
            if (last && length == 0) {
                inbox.add(parse(CodedInputStream.newInstance(data)));
            } else {
                if (length + data.remaining() > parts.length) {
                    parts = Arrays.copyOf(parts, Math.max(parts.length * 2, length + data.remaining()));
                }
                int chunk = data.remaining();
                data.get(parts, length, chunk);
                length += chunk;
                if (last) {
                    inbox.add(parse(CodedInputStream.newInstance(parts, 0, length)));
                    length = 0;
                }
            }
            webSocket.request(1);
            return null;
        }

        private Object parse(CodedInputStream in) {
            try {
                return Sc2Api.Response.parseFrom(in);
            } catch (IOException e) {
                return new Sc2ProtocolException("an answer is not an SC2 API response: " + e.getMessage());
            }
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            inbox.add(CLOSED);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            inbox.add(error);
        }
    }
}
