package io.wickedzerg.clients.telemetry;

import static io.wickedzerg.clients.telemetry.TelemetryTestSupport.assertConserved;
import static io.wickedzerg.clients.telemetry.TelemetryTestSupport.hybrid;
import static org.assertj.core.api.Assertions.assertThat;

import io.wickedzerg.clients.testing.Await;
import io.wickedzerg.clients.testing.FreePort;
import io.wickedzerg.clients.testing.RecordingSleeper;
import io.wickedzerg.clients.testing.TelemetryRecorder;
import io.wickedzerg.config.HybridConfig;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hybrid-mode game whose telemetry service comes back during the game: absent (connection
 * refused) for the first 6 s, then up but flaky, answering 503 to 1 request in 5 and dropping 1
 * connection in 10 after reading the request. Game time is {@link ManualTime}, moved a quarter
 * second per step; the HTTP server is real, on loopback.
 */
class TelemetryOutageAcceptanceTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String RUN = "run-outage";
    private static final int STEPS_PER_SECOND = 4;
    private static final int EVENTS_PER_STEP = 10;
    private static final int SERVICE_BACK_AT_SECOND = 6;
    private static final int GAME_SECONDS = 12;

    @TempDir
    Path tmp;

    private final ManualTime time = new ManualTime();
    private final RecordingSleeper sleeper = new RecordingSleeper();
    /*
     * Request n (counted from the first one the service sees) gets a 503 when n % 5 == 1 and loses its
     * connection after the service read it when n % 10 == 4. Starting the 503s at the first request is
     * the hard case on purpose: the first request after the outage is the breaker's probe, and a failed
     * probe keeps the breaker open past the end of this game, so only close() can bring the spool home.
     */
    private final TelemetryRecorder service = new TelemetryRecorder().answerInTurn(n -> n % 5 == 1
            ? new MockResponse().setResponseCode(503)
            : n % 10 == 4 ? new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST)
            : new MockResponse().setResponseCode(200));
    private final MockWebServer server = new MockWebServer();

    @AfterEach
    void stopServer() throws IOException {
        server.shutdown();
    }

    @Test
    void everyEventReachesTheServiceExactlyOnceAndNothingIsLeftInTheSpool() throws Exception {
        int port = FreePort.find();
        server.setDispatcher(service);
        HybridConfig config = hybrid("http://127.0.0.1:" + port, tmp).batchSize(25).flushInterval(Duration.ofSeconds(1))
                .queueCapacity(10_000).closeTimeout(Duration.ofSeconds(20)).build();
        BatchingTelemetryClient client = TelemetryClients.builder(config, RUN).clock(time.wallClock()).workerClock(time)
                .sleeper(sleeper).random(new SplittableRandom(7)).buildHttp();

        long loop = 0;
        for (int step = 0; step < GAME_SECONDS * STEPS_PER_SECOND; step++) {
            if (step == SERVICE_BACK_AT_SECOND * STEPS_PER_SECOND) {
                server.start(InetAddress.getByName("127.0.0.1"), port);
            }
            for (int i = 0; i < EVENTS_PER_STEP; i++) {
                client.send(new TelemetryEvent("g1", loop, "sample", Map.of("minerals", (int) loop)));
                loop++;
            }
            /*
             * The worker must be done with what the step's sends woke it for before time moves: else, on a
             * busy machine, it reads the breaker's clock after the move, opens or probes a quarter second
             * late, and its probe can land after the service came back, so request 1 is no longer the probe.
             */
            awaitWorkerWaiting(client);
            time.advance(Duration.ofSeconds(1).dividedBy(STEPS_PER_SECOND));
            awaitWorkerWaiting(client);
        }
        TelemetryMetrics beforeClose = client.metrics();
        assertThat(beforeClose.spooled()).as("the outage filled the spool").isPositive();
        assertThat(beforeClose.breakerState()).as("its probe failed: no replay before the game ends")
                .isEqualTo("OPEN");

        client.close(); // close_timeout: 20 s

        long emitted = loop;
        TelemetryMetrics metrics = client.metrics();
        assertThat(metrics.emitted()).isEqualTo(emitted);
        assertThat(spooledFiles()).as("left in the spool").isEmpty();
        assertThat(metrics.delivered()).isEqualTo(emitted);
        assertThat(LongStream.rangeClosed(1, emitted).filter(seq -> !service.accepted(RUN, seq)).boxed().toList())
                .as("seqs the service never got").isEmpty();
        assertThat(service.acceptedCount(RUN)).isEqualTo(emitted);
        assertConserved(metrics, service, RUN);
        /*
         * Duplicates: a dropped connection after the service read a batch means the service stored it,
         * but the client saw no 2xx. At-least-once delivery must send that batch again (same batch id),
         * and the idempotent service keeps one copy per (run_id, seq). No other path repeats events
         * here: a 503 is not processed, and a spooled batch is deleted only once acknowledged. So the
         * repeats received are exactly the events of the requests whose answer was lost.
         */
        assertThat(service.lostResponseEvents()).as("the scenario lost some answers").isPositive();
        assertThat(service.duplicates()).isEqualTo(service.lostResponseEvents());
        System.out.printf("outage scenario: %d events, %d requests, %d duplicate events received (%d lost answers),"
                        + " %d replayed%n", emitted, service.requests().size(), service.duplicates(),
                service.lostResponseEvents(), metrics.replayed());
    }

    private void awaitWorkerWaiting(BatchingTelemetryClient client) {
        Await.until(WAIT, time::isWaiting, () -> "worker busy at game time " + time.elapsedNanos() + " ns, "
                + client.metrics());
    }

    private List<Path> spooledFiles() throws IOException {
        Path dir = tmp.resolve("spool").resolve("wz-0").resolve("telemetry");
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".seg") || p.toString().endsWith(".tmp")).toList();
        }
    }
}
