package io.wickedzerg.services.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wickedzerg.services.http.RawHttp;
import io.wickedzerg.services.http.TestHttp;
import io.wickedzerg.services.settings.ServiceName;
import io.wickedzerg.services.settings.ServiceSettings;
import io.wickedzerg.services.testing.Await;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link RunningService#close()} while a batch is half sent: the service stops listening at once, waits for
 * the request already in its handler, answers it 200 with the batch stored, and only then closes the database.
 */
class GracefulShutdownTest {

    private static final String HOST = "127.0.0.1";
    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final Duration GRACE = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void aRequestInFlightAtCloseCompletesNewConnectionsAreRefusedAndTheDatabaseClosesLast() throws Exception {
        RunningService service = RunningService.start(settings(), Clock.systemUTC());
        int port = service.port();
        Path wal = dir.resolve("services").resolve("telemetry.db-wal");
        byte[] body = batch("slow-run", 20).getBytes(StandardCharsets.UTF_8);
        int half = body.length / 2;
        CompletableFuture<Void> closed;
        RawHttp.Response answer;
        try (RawHttp client = RawHttp.connect(HOST, port)) {
            client.write("POST /api/telemetry HTTP/1.1\r\nHost: " + HOST + ":" + port + "\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n"
                    + "Expect: 100-continue\r\nX-Request-Id: in-flight-1\r\n\r\n");
            // Jetty sends 100 Continue when the handler starts reading the body: the request is now in flight.
            assertThat(client.read().status()).isEqualTo(100);
            client.write(new String(body, 0, half, StandardCharsets.UTF_8));
            assertThat(wal).as("the service has its database open").exists();

            closed = CompletableFuture.runAsync(service::close);

            Await.until("close() to stop new connections", DEADLINE, () -> RawHttp.refuses(HOST, port));
            assertThat(closed).as("close() waits for the request in flight").isNotDone();
            assertThat(wal).as("the database stays open while a request is in flight").exists();

            client.write(new String(body, half, body.length - half, StandardCharsets.UTF_8));
            answer = client.read();
        }
        closed.get(DEADLINE.toSeconds(), TimeUnit.SECONDS);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.headers()).containsEntry("x-request-id", "in-flight-1");
        JsonNode result = new ObjectMapper().readTree(answer.body());
        assertThat(result.get("new").asInt()).isEqualTo(20);
        assertThat(RawHttp.refuses(HOST, port)).isTrue();
        // SQLite checkpoints and deletes the WAL file when the last connection to the database closes.
        assertThat(wal).as("the database is closed after close()").doesNotExist();
        assertThat(Files.exists(dir.resolve("services").resolve("telemetry.db"))).isTrue();

        try (RunningService again = RunningService.start(settings(), Clock.systemUTC())) {
            JsonNode stored = new TestHttp(again.baseUrl()).get("/api/games/slow-run-g1/telemetry").json();
            assertThat(stored.get("count").asInt()).as("the in-flight batch was committed").isEqualTo(20);
        }
    }

    @Test
    void anIdleKeptAliveConnectionDoesNotHoldUpClose() throws Exception {
        RunningService service = RunningService.start(settings(), Clock.systemUTC());
        int port = service.port();
        try (RawHttp client = RawHttp.connect(HOST, port)) {
            client.write("GET /health HTTP/1.1\r\nHost: " + HOST + ":" + port + "\r\n\r\n");
            assertThat(client.read().status()).isEqualTo(200);

            // the connection stays open and idle, as a client's pooled connection does
            long start = System.nanoTime();
            service.close();
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(took).as("close() with nothing in flight does not wait out the grace").isLessThan(DEADLINE);
        }
    }

    /** A grace far beyond the test's deadlines: close() must wait for a request, never time out on it. */
    private ServiceSettings settings() {
        return ServiceSettings.builder(ServiceName.TELEMETRY, 0, dir).shutdownGrace(GRACE).build();
    }

    private static String batch(String runId, int count) {
        StringBuilder events = new StringBuilder();
        for (int seq = 1; seq <= count; seq++) {
            events.append(seq == 1 ? "" : ",").append("{\"run_id\":\"").append(runId).append("\",\"seq\":").append(seq)
                    .append(",\"game_id\":\"").append(runId).append("-g1\",\"game_loop\":").append(seq * 22)
                    .append(",\"kind\":\"sample\",\"minerals\":").append(50 + seq).append('}');
        }
        return "{\"run_id\":\"" + runId + "\",\"batch_id\":\"" + runId + "-b1\",\"events\":[" + events + "]}";
    }
}
