package io.wickedzerg.sim.client;

import SC2APIProtocol.Sc2Api;
import com.google.protobuf.InvalidProtocolBufferException;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A bare SC2 API client over the JDK's websocket, for protocol tests and benchmarks that must see the wire
 * without ocraft's bookkeeping: connects to {@code ws://host:port/sc2api}, sends one request (or any bytes) as
 * one binary frame and waits, bounded, for the next response. {@link #sendOnly} and {@link #receive} pipeline
 * requests, to see that the server answers them in order; not thread-safe.
 */
public final class RawSc2Client implements AutoCloseable {
    /** How long to wait for the connection and for each response. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private final WebSocket socket;
    private final Duration timeout;
    private final BlockingQueue<byte[]> responses = new LinkedBlockingQueue<>();

    private RawSc2Client(String host, int port, Duration timeout) {
        this.timeout = timeout;
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(timeout)
                .buildAsync(URI.create("ws://" + host + ":" + port + "/sc2api"), new Listener()).join();
    }

    /** Connects to a server on this machine. */
    public static RawSc2Client connect(int port) {
        return connect("127.0.0.1", port, DEFAULT_TIMEOUT);
    }

    public static RawSc2Client connect(String host, int port, Duration timeout) {
        return new RawSc2Client(host, port, timeout);
    }

    public Sc2Api.Response send(Sc2Api.Request request) {
        return sendBytes(request.toByteArray());
    }

    /**
     * Sends a frame as it is (a malformed one too, to test the server's answer) and returns the response.
     *
     * @throws IllegalStateException when no response comes within the timeout or it is not a {@code Response}
     */
    public Sc2Api.Response sendBytes(byte[] frame) {
        socket.sendBinary(ByteBuffer.wrap(frame), true).join();
        return receive();
    }

    /** Sends a request without waiting for its answer; {@link #receive} reads the answers in order. */
    public void sendOnly(Sc2Api.Request request) {
        socket.sendBinary(ByteBuffer.wrap(request.toByteArray()), true).join();
    }

    /**
     * The next response.
     *
     * @throws IllegalStateException when none comes within the timeout or it is not a {@code Response}
     */
    public Sc2Api.Response receive() {
        return poll(timeout).orElseThrow(() -> new IllegalStateException("no response within " + timeout));
    }

    /** The next response if one comes within {@code wait}: empty shows the server is holding an answer back. */
    public Optional<Sc2Api.Response> poll(Duration wait) {
        try {
            byte[] answer = responses.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
            return answer == null ? Optional.empty() : Optional.of(Sc2Api.Response.parseFrom(answer));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a response", e);
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("the server sent a frame that is not a Response", e);
        }
    }

    @Override
    public void close() {
        socket.abort();
    }

    /** Reassembles fragmented frames (the JDK may split large ones) into whole responses. */
    private final class Listener implements WebSocket.Listener {
        private final ByteArrayOutputStream partial = new ByteArrayOutputStream();

        @Override
        public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
            byte[] bytes = new byte[data.remaining()];
            data.get(bytes);
            partial.writeBytes(bytes);
            if (last) {
                responses.add(partial.toByteArray());
                partial.reset();
            }
            webSocket.request(1);
            return null;
        }
    }
}
