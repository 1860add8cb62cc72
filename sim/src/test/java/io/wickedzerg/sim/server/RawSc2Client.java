package io.wickedzerg.sim.server;

import SC2APIProtocol.Sc2Api;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A bare SC2 API client for protocol tests: sends any bytes as one binary frame and waits (bounded) for the
 * next response.
 */
final class RawSc2Client implements AutoCloseable {
    private static final long TIMEOUT_SECONDS = 20;

    private final WebSocket socket;
    private final BlockingQueue<byte[]> responses = new LinkedBlockingQueue<>();

    RawSc2Client(int port) {
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(TIMEOUT_SECONDS))
                .buildAsync(URI.create("ws://127.0.0.1:" + port + "/sc2api"), new Listener()).join();
    }

    Sc2Api.Response send(Sc2Api.Request request) {
        return sendBytes(request.toByteArray());
    }

    Sc2Api.Response sendBytes(byte[] frame) {
        socket.sendBinary(ByteBuffer.wrap(frame), true).join();
        try {
            byte[] answer = responses.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (answer == null) {
                throw new AssertionError("no response within " + TIMEOUT_SECONDS + " s");
            }
            return Sc2Api.Response.parseFrom(answer);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        } catch (com.google.protobuf.InvalidProtocolBufferException e) {
            throw new AssertionError("server sent a frame that is not a Response", e);
        }
    }

    @Override
    public void close() {
        socket.abort();
    }

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
