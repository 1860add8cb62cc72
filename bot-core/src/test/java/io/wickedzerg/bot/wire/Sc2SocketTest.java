package io.wickedzerg.bot.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import SC2APIProtocol.Sc2Api;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The wire client's socket against a scripted SC2 API websocket (MockWebServer). */
class Sc2SocketTest {

    private final MockWebServer server = new MockWebServer();
    private final List<Sc2Api.Request> received = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    /** A game that answers each request with {@code answer} (null: stays silent; a close when it says so). */
    private Sc2Socket game(Function<Sc2Api.Request, Sc2Api.Response> answer) throws IOException {
        server.enqueue(new MockResponse().withWebSocketUpgrade(new WebSocketListener() {
            @Override
            public void onMessage(WebSocket socket, okio.ByteString bytes) {
                try {
                    Sc2Api.Request request = Sc2Api.Request.parseFrom(bytes.toByteArray());
                    received.add(request);
                    Sc2Api.Response response = answer.apply(request);
                    if (response == CLOSE) {
                        socket.close(1000, "bye");
                    } else if (response != null) {
                        socket.send(okio.ByteString.of(response.toByteArray()));
                    }
                } catch (IOException e) {
                    socket.close(1002, "not a request");
                }
            }

            @Override
            public void onClosing(WebSocket socket, int code, String reason) {
                socket.close(1000, null);
            }
        }));
        server.start();
        return Sc2Socket.connect(server.getHostName(), server.getPort(), Duration.ofSeconds(5));
    }

    private static final Sc2Api.Response CLOSE = Sc2Api.Response.newBuilder().setId(-1).build();

    private static Sc2Api.Request ping() {
        return Sc2Api.Request.newBuilder().setPing(Sc2Api.RequestPing.getDefaultInstance()).build();
    }

    @Test
    void eachRequestGetsItsIdAndALargeAnswerArrivesWhole() throws IOException {
        // an observation-sized answer: the JDK's websocket hands it over in several parts
        com.google.protobuf.ByteString big = com.google.protobuf.ByteString.copyFrom(new byte[3_000_000]);
        try (Sc2Socket socket = game(r -> Sc2Api.Response.newBuilder().setId(r.getId())
                .setStatus(Sc2Api.Status.in_game)
                .setObservation(Sc2Api.ResponseObservation.newBuilder().setObservation(Sc2Api.Observation.newBuilder()
                        .setGameLoop(r.getId()).setRawData(SC2APIProtocol.Raw.ObservationRaw.newBuilder()
                                .setMapState(SC2APIProtocol.Raw.MapState.newBuilder().setCreep(
                                        SC2APIProtocol.Common.ImageData.newBuilder().setData(big))))))
                .build())) {
            Sc2Api.Response first = socket.call(ping());
            Sc2Api.Response second = socket.call(ping());

            assertThat(received).extracting(Sc2Api.Request::getId).containsExactly(1, 2);
            assertThat(first.getObservation().getObservation().getGameLoop()).isEqualTo(1);
            assertThat(second.getObservation().getObservation().getRawData().getMapState().getCreep().getData().size())
                    .isEqualTo(3_000_000);
        }
    }

    @Test
    void requestsSentTogetherAreAnsweredInTheOrderSent() throws IOException {
        try (Sc2Socket socket = game(r -> Sc2Api.Response.newBuilder().setId(r.getId()).build())) {
            Sc2Api.Request step = Sc2Api.Request.newBuilder().setStep(Sc2Api.RequestStep.newBuilder().setCount(2)).build();
            Sc2Api.Request observe = Sc2Api.Request.newBuilder()
                    .setObservation(Sc2Api.RequestObservation.getDefaultInstance()).build();

            var sentStep = socket.send(step);
            var sentObservation = socket.send(observe);

            assertThat(socket.receive(sentStep).getId()).isEqualTo(1);
            assertThat(socket.receive(sentObservation).getId()).isEqualTo(2);
            assertThat(received).extracting(Sc2Api.Request::getRequestCase)
                    .containsExactly(Sc2Api.Request.RequestCase.STEP, Sc2Api.Request.RequestCase.OBSERVATION);
        }
    }

    @Test
    void anAnswerWithAnErrorNamesTheRequestAndTheError() throws IOException {
        try (Sc2Socket socket = game(r -> Sc2Api.Response.newBuilder().setId(r.getId())
                .addError("map not found").build())) {
            assertThatThrownBy(() -> socket.call(ping()))
                    .isInstanceOf(Sc2ProtocolException.class)
                    .hasMessage("the game answered PING with an error: map not found");
        }
    }

    @Test
    void aGameThatClosesTheConnectionFailsThisCallAndEveryLaterOne() throws IOException {
        try (Sc2Socket socket = game(r -> CLOSE)) {
            assertThatThrownBy(() -> socket.call(ping()))
                    .isInstanceOf(Sc2ConnectionException.class)
                    .hasMessageContaining("closed the connection; no answer to PING");
            assertThatThrownBy(() -> socket.call(ping())).isInstanceOf(Sc2ConnectionException.class);
        }
    }

    @Test
    void aSilentGameIsAStallAfterTheTimeout() throws IOException {
        server.enqueue(new MockResponse().withWebSocketUpgrade(new WebSocketListener() {
            @Override
            public void onClosing(WebSocket socket, int code, String reason) {
                socket.close(1000, null);
            }
        }));
        server.start();
        try (Sc2Socket socket = Sc2Socket.connect(server.getHostName(), server.getPort(), Duration.ofMillis(300))) {
            assertThatThrownBy(() -> socket.call(ping()))
                    .isInstanceOf(Sc2ConnectionException.class)
                    .hasMessage("no answer to PING within 300 ms");
        }
    }

    @Test
    void nothingListeningIsAConnectionErrorNamingTheAddress() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        int closedPort = port;
        assertThatThrownBy(() -> Sc2Socket.connect("127.0.0.1", closedPort, Duration.ofSeconds(5)))
                .isInstanceOf(Sc2ConnectionException.class)
                .hasMessageContaining("cannot connect to the game at 127.0.0.1:" + closedPort);
    }
}
