package io.wickedzerg.bot.wire;

import SC2APIProtocol.Sc2Api;
import com.google.protobuf.CodedInputStream;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;

/**
 * The SC2 API's websocket ({@code ws://host:port/sc2api}) as blocking calls: one request out as one binary frame,
 * then the caller's thread reads and parses its response itself, bounded by the timeout. No other thread is woken
 * for an answer (the JDK's websocket, used before, parsed on its selector thread and handed each response over: a
 * thread hand-off per round trip, three a step in ladder mode). One caller at a time: the game's thread.
 */
public final class Sc2Socket implements AutoCloseable {

    private final BlockingWebSocket socket;
    private final Duration timeout;
    private int nextId = 1;
    /** Why the connection is unusable, once it is: every later call fails with it. */
    private String broken;

    private Sc2Socket(BlockingWebSocket socket, Duration timeout) {
        this.socket = socket;
        this.timeout = timeout;
    }

    public static Sc2Socket connect(String host, int port, Duration timeout) {
        try {
            return new Sc2Socket(BlockingWebSocket.connect(host, port, "/sc2api", timeout), timeout);
        } catch (IOException e) {
            throw new Sc2ConnectionException("cannot connect to the game at " + host + ":" + port + ": " + e, e);
        }
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
        if (broken != null) {
            throw new Sc2ConnectionException(broken + "; cannot send " + built.getRequestCase());
        }
        try {
            socket.sendBinary(built.toByteArray());
        } catch (IOException e) {
            broken = "the connection failed: " + e;
            throw new Sc2ConnectionException("cannot send " + built.getRequestCase() + ": " + e, e);
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
        if (broken != null) {
            throw new Sc2ConnectionException(broken + "; no answer to " + what);
        }
        ByteBuffer bytes;
        try {
            bytes = socket.receive();
        } catch (SocketTimeoutException e) {
            // an answer may be half read: the stream is no longer at a message's start
            broken = "the game stalled";
            throw new Sc2ConnectionException("no answer to " + what + " within " + timeout.toMillis() + " ms", e);
        } catch (BlockingWebSocket.ClosedException e) {
            broken = "the game closed the connection";
            throw new Sc2ConnectionException("the game closed the connection; no answer to " + what + " (" + e.getMessage()
                    + ")", e);
        } catch (IOException e) {
            broken = "the connection failed: " + e;
            throw new Sc2ConnectionException("the connection failed waiting for " + what + ": " + e, e);
        }
        try {
            return Sc2Api.Response.parseFrom(CodedInputStream.newInstance(bytes));
        } catch (IOException e) {
            throw new Sc2ProtocolException("an answer is not an SC2 API response: " + e.getMessage() + " (the answer to "
                    + what + ")");
        }
    }

    /** Closes the websocket; the game sees the client hang up. */
    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed by the game: nothing to hang up
        }
    }
}
