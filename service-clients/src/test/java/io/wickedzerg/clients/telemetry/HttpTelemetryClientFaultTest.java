package io.wickedzerg.clients.telemetry;

import static io.wickedzerg.clients.telemetry.TelemetryTestSupport.assertConserved;
import static io.wickedzerg.clients.telemetry.TelemetryTestSupport.client;
import static io.wickedzerg.clients.telemetry.TelemetryTestSupport.hybrid;
import static io.wickedzerg.clients.telemetry.TelemetryTestSupport.sendEvents;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wickedzerg.clients.testing.Await;
import io.wickedzerg.clients.testing.FreePort;
import io.wickedzerg.clients.testing.MutableClock;
import io.wickedzerg.clients.testing.RecordingSleeper;
import io.wickedzerg.clients.testing.TelemetryRecorder;
import io.wickedzerg.config.HybridConfig;
import io.wickedzerg.config.UnusableSettingException;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The fault list against a real loopback HTTP server with scripted faults. */
class HttpTelemetryClientFaultTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path tmp;

    private final MutableClock clock = MutableClock.atEpochPlus(0);
    private final RecordingSleeper sleeper = new RecordingSleeper();
    private final TelemetryRecorder recorder = new TelemetryRecorder();
    private MockWebServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = new MockWebServer();
        server.setDispatcher(recorder);
        server.start(InetAddress.getLoopbackAddress(), 0);
    }

    @AfterEach
    void stopServer() throws IOException {
        server.shutdown();
    }

    private HybridConfig config() {
        return hybrid(server.url("/").toString(), tmp).build();
    }

    @Test
    void healthyServerGetsEveryEventOnceInGzippedBatchesWithIdempotencyKeys() {
        BatchingTelemetryClient client = client(config(), "run-healthy", clock, sleeper);
        sendEvents(client, 1_000, "g1");
        client.close(Duration.ofSeconds(10));

        TelemetryMetrics metrics = client.metrics();
        assertThat(metrics.delivered()).isEqualTo(1_000);
        assertThat(metrics.spooled()).isZero();
        assertThat(recorder.acceptedCount("run-healthy")).isEqualTo(1_000);
        assertThat(recorder.attemptsByBatch().values()).allMatch(n -> n == 1);
        assertThat(recorder.requests()).allSatisfy(r -> {
            assertThat(r.getMethod()).isEqualTo("POST");
            assertThat(r.getPath()).isEqualTo("/api/telemetry");
            assertThat(r.getHeader("Content-Encoding")).isEqualTo("gzip");
            assertThat(r.getHeader("Authorization")).isNull();
        });
        assertThat(recorder.requests()).hasSizeGreaterThanOrEqualTo(10); // batch_size 100
        assertThat(sleeper.sleeps()).isEmpty();
        assertConserved(metrics, recorder, "run-healthy");
    }

    @Test
    void apiKeyTravelsAsBearerToken() {
        HybridConfig config = hybrid(server.url("/").toString(), tmp).apiKey("s3cret-key").build();
        BatchingTelemetryClient client = client(config, "run-auth", clock, sleeper);
        sendEvents(client, 10, "g1");
        client.close(Duration.ofSeconds(10));

        assertThat(recorder.requests()).isNotEmpty()
                .allSatisfy(r -> assertThat(r.getHeader("Authorization")).isEqualTo("Bearer s3cret-key"));
        assertConserved(client.metrics(), recorder, "run-auth");
    }

    @Test
    void serverDownForTheWholeRunThenUpGetsEverythingReplayedBySameClient() throws Exception {
        int port = FreePort.find();
        HybridConfig config = hybrid("http://127.0.0.1:" + port, tmp).build();
        BatchingTelemetryClient client = client(config, "run-down", clock, sleeper);
        sendEvents(client, 500, "g1");
        client.flush().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        // the flush is done once every batch is on disk: nothing left to wait for
        assertThat(client.metrics().spooled()).isEqualTo(500);
        assertThat(client.metrics().breakerState()).isEqualTo("OPEN");

        try (MockWebServer revived = new MockWebServer()) {
            TelemetryRecorder later = new TelemetryRecorder();
            revived.setDispatcher(later);
            revived.start(InetAddress.getByName("127.0.0.1"), port);
            clock.advance(Duration.ofSeconds(6)); // past the breaker's open time: the next call is a probe

            later.awaitAccepted("run-down", 500, WAIT);
            client.close(Duration.ofSeconds(5));

            TelemetryMetrics metrics = client.metrics();
            assertThat(metrics.replayed()).isEqualTo(500);
            assertThat(metrics.delivered()).isEqualTo(500);
            assertThat(metrics.breakerState()).isEqualTo("CLOSED");
            assertConserved(metrics, later, "run-down");
        }
        assertThat(spoolSegments()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {502, 503, 504, 408})
    void retryableStatusIsRetriedWithBackoffAndTheSameBatchId(int status) {
        recorder.enqueue(new MockResponse().setResponseCode(status), new MockResponse().setResponseCode(status),
                new MockResponse().setResponseCode(200));
        BatchingTelemetryClient client = client(config(), "run-" + status, clock, sleeper);
        sendEvents(client, 100, "g1");
        client.close(Duration.ofSeconds(10));

        assertThat(recorder.requests()).hasSize(3);
        assertThat(recorder.attemptsByBatch()).containsOnlyKeys("run-" + status + ":1-100")
                .containsValue(3);
        // exponential back-off with jitter in [half, full]: 100 ms then 150 ms
        assertThat(sleeper.sleeps()).hasSize(2);
        assertThat(sleeper.sleeps().get(0)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
        assertThat(sleeper.sleeps().get(1)).isBetween(Duration.ofMillis(75), Duration.ofMillis(150));
        assertThat(client.metrics().delivered()).isEqualTo(100);
        assertConserved(client.metrics(), recorder, "run-" + status);
    }

    @Test
    void mixed502503504Then200() {
        recorder.enqueue(new MockResponse().setResponseCode(502), new MockResponse().setResponseCode(503),
                new MockResponse().setResponseCode(504), new MockResponse().setResponseCode(200));
        BatchingTelemetryClient client = client(config(), "run-mixed", clock, sleeper);
        sendEvents(client, 100, "g1");
        client.close(Duration.ofSeconds(10));

        assertThat(recorder.requests()).hasSize(4);
        assertThat(sleeper.sleeps()).hasSize(3);
        assertThat(client.metrics().spooled()).isZero();
        assertConserved(client.metrics(), recorder, "run-mixed");
    }

    static Stream<Arguments> retryAfterValues() {
        String inSevenSeconds = DateTimeFormatter.RFC_1123_DATE_TIME
                .format(MutableClock.atEpochPlus(7).instant().atZone(ZoneOffset.UTC));
        return Stream.of(
                Arguments.of("2", Duration.ofSeconds(2), Duration.ofSeconds(2)),
                Arguments.of(inSevenSeconds, Duration.ofSeconds(7), Duration.ofSeconds(7)),
                Arguments.of("86400", Duration.ofSeconds(10), Duration.ofSeconds(10)), // capped
                Arguments.of("soon, maybe", Duration.ofMillis(50), Duration.ofMillis(100))); // malformed: back-off
    }

    @ParameterizedTest(name = "Retry-After: {0}")
    @MethodSource("retryAfterValues")
    void tooManyRequestsHonoursRetryAfterCapped(String retryAfter, Duration min, Duration max)
            throws InterruptedException {
        recorder.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", retryAfter),
                new MockResponse().setResponseCode(200));
        BatchingTelemetryClient client = client(config(), "run-429", clock, sleeper);
        sendEvents(client, 50, "g1");
        client.flush(); // not close(): a closing client caps every wait by its deadline
        recorder.awaitAccepted("run-429", 50, WAIT);
        client.close(Duration.ofSeconds(10));

        assertThat(recorder.requests()).hasSize(2);
        assertThat(sleeper.sleeps()).hasSize(1);
        assertThat(sleeper.sleeps().get(0)).isBetween(min, max);
        assertConserved(client.metrics(), recorder, "run-429");
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 413})
    void finalClientErrorIsSentOnceAndDeadLettered(int status) throws IOException {
        recorder.enqueue(new MockResponse().setResponseCode(status));
        BatchingTelemetryClient client = client(config(), "run-" + status, clock, sleeper);
        sendEvents(client, 100, "g1");
        client.flush();
        Await.until(WAIT, () -> client.metrics().deadLettered() == 100, () -> client.metrics().toString());
        sendEvents(client, 100, "g1"); // the service is up: later batches still go through
        client.close(Duration.ofSeconds(10));

        TelemetryMetrics metrics = client.metrics();
        assertThat(recorder.attemptsByBatch()).containsEntry("run-" + status + ":1-100", 1);
        assertThat(recorder.requests()).hasSize(2);
        assertThat(sleeper.sleeps()).isEmpty();
        assertThat(metrics.deadLettered()).isEqualTo(100);
        assertThat(metrics.delivered()).isEqualTo(100);
        assertThat(metrics.breakerState()).isEqualTo("CLOSED");
        Path deadLetters = tmp.resolve("spool").resolve("wz-0").resolve("dead-letter").resolve("telemetry.jsonl");
        List<String> lines = Files.readAllLines(deadLetters);
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).contains("\"batch_id\":\"run-" + status + ":1-100\"")
                .contains("\"status\":" + status).contains("\\\"seq\\\":1,");
        assertConserved(metrics, recorder, "run-" + status);
    }

    @Test
    void aServiceRefusingEverythingCannotFillTheDiskWithDeadLettersAndTheRestAreCounted() throws Exception {
        for (int i = 0; i < 10; i++) {
            recorder.enqueue(new MockResponse().setResponseCode(401));
        }
        BatchingTelemetryClient client = TelemetryClients.builder(config(), "run-401").clock(clock).sleeper(sleeper)
                .deadLetterMaxBytes(20_000).buildHttp();
        sendEvents(client, 1_000, "g1"); // 10 batches of 100 events, some 10 kB of JSON each
        client.flush().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        client.close(Duration.ofSeconds(5));

        TelemetryMetrics metrics = client.metrics();
        Path deadLetters = tmp.resolve("spool").resolve("wz-0").resolve("dead-letter").resolve("telemetry.jsonl");
        long kept = Files.readAllLines(deadLetters).size();
        assertThat(Files.size(deadLetters)).isLessThanOrEqualTo(20_000);
        assertThat(kept).isBetween(1L, 9L);
        assertThat(metrics.deadLettered()).isEqualTo(1_000);
        assertThat(metrics.deadLetterDropped()).isEqualTo(1_000 - kept * 100);
        assertConserved(metrics, recorder, "run-401");
    }

    @Test
    void responseLostAfterTheServerTookTheBatchIsResentWithTheSameBatchId() {
        recorder.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        BatchingTelemetryClient client = client(config(), "run-lost", clock, sleeper);
        sendEvents(client, 100, "g1");
        client.close(Duration.ofSeconds(10));

        assertThat(recorder.attemptsByBatch()).containsExactly(java.util.Map.entry("run-lost:1-100", 2));
        assertThat(recorder.acceptedCount("run-lost")).isEqualTo(100); // deduplicated, not 200
        assertThat(client.metrics().delivered()).isEqualTo(100);
        assertConserved(client.metrics(), recorder, "run-lost");
    }

    @Test
    void slowServerPastTheTimeoutIsRetried() {
        recorder.enqueue(new MockResponse().setResponseCode(200).setHeadersDelay(2, java.util.concurrent.TimeUnit.SECONDS));
        BatchingTelemetryClient client = client(config(), "run-slow", clock, sleeper);
        sendEvents(client, 100, "g1");
        client.close(Duration.ofSeconds(10));

        assertThat(recorder.attemptsByBatch()).containsEntry("run-slow:1-100", 2);
        assertThat(sleeper.sleeps()).hasSize(1);
        assertThat(client.metrics().delivered()).isEqualTo(100);
        assertConserved(client.metrics(), recorder, "run-slow");
    }

    @Test
    void disconnectMidBodyIsRetried() {
        recorder.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_DURING_REQUEST_BODY));
        BatchingTelemetryClient client = client(config(), "run-cut", clock, sleeper);
        // big enough that half the body is a real cut
        for (int i = 0; i < 100; i++) {
            client.send(new TelemetryEvent("g1", i, "sample", java.util.Map.of("blob", "x".repeat(2_000) + i)));
        }
        client.close(Duration.ofSeconds(10));

        assertThat(recorder.requests()).hasSize(2);
        assertThat(recorder.acceptedCount("run-cut")).isEqualTo(100);
        assertConserved(client.metrics(), recorder, "run-cut");
    }

    @Test
    void openBreakerLetsNoRequestReachTheServerUntilItsProbe() throws Exception {
        int port = FreePort.find();
        HybridConfig config = hybrid("http://127.0.0.1:" + port, tmp).build();
        BatchingTelemetryClient client = client(config, "run-breaker", clock, sleeper);
        sendEvents(client, 100, "g1");
        client.flush();
        Await.until(WAIT, () -> client.metrics().spooled() == 100, () -> client.metrics().toString());
        assertThat(client.metrics().breakerState()).isEqualTo("OPEN");

        try (MockWebServer revived = new MockWebServer()) {
            TelemetryRecorder later = new TelemetryRecorder();
            revived.setDispatcher(later);
            revived.start(InetAddress.getByName("127.0.0.1"), port);
            // the server is up again, but the breaker is open and the clock has not moved
            sendEvents(client, 300, "g1");
            client.flush();
            Await.until(WAIT, () -> client.metrics().spooled() == 400, () -> client.metrics().toString());
            assertThat(revived.getRequestCount()).isZero();

            clock.advance(Duration.ofSeconds(6));
            client.flush();
            later.awaitAccepted("run-breaker", 400, WAIT);
            RecordedRequest probe = revived.takeRequest();
            assertThat(probe.getHeader("Idempotency-Key")).isEqualTo("run-breaker:1-100"); // oldest first
            client.close(Duration.ofSeconds(5));
            assertThat(client.metrics().breakerState()).isEqualTo("CLOSED");
            assertThat(client.metrics().replayed()).isEqualTo(400);
            assertConserved(client.metrics(), later, "run-breaker");
        }
    }

    @Test
    void closeWithTheServerHangingReturnsWithinItsDeadlineAndANewClientReplays() throws Exception {
        recorder.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        HybridConfig config = hybrid(server.url("/").toString(), tmp).connectionTimeout(Duration.ofSeconds(30)).build();
        BatchingTelemetryClient first = client(config, "run-close", clock, sleeper);
        sendEvents(first, 450, "g1");

        long start = System.nanoTime();
        first.close(Duration.ofSeconds(1));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(took).isLessThan(Duration.ofMillis(1_300));
        assertThat(first.isRunning()).isFalse();
        TelemetryMetrics closed = first.metrics();
        assertThat(closed.spooled()).isEqualTo(450);
        first.send(new TelemetryEvent("g1", 1, "late", java.util.Map.of()));
        assertThat(first.metrics().droppedAfterShutdown()).isEqualTo(1);
        assertThatCode(() -> first.close(Duration.ofSeconds(1))).doesNotThrowAnyException(); // idempotent

        BatchingTelemetryClient second = client(config, "run-close-2", clock, sleeper);
        recorder.awaitAccepted("run-close", 450, WAIT);
        second.close(Duration.ofSeconds(5));
        assertThat(second.metrics().replayed()).isEqualTo(450);
        assertThat(recorder.acceptedCount("run-close")).isEqualTo(450);
        assertThat(first.metrics().emitted()).isEqualTo(451);
        assertConserved(first.metrics(), recorder, "run-close");
        assertThat(spoolSegments()).isEmpty();
    }

    @Test
    void closeWithTheServerDownReturnsWithinItsDeadline() {
        int port = FreePort.find();
        BatchingTelemetryClient client = client(hybrid("http://127.0.0.1:" + port, tmp).build(), "run-refused",
                clock, sleeper);
        sendEvents(client, 1_000, "g1");
        long start = System.nanoTime();
        client.close(Duration.ofSeconds(1));
        // bounded, not exact: the slack above the 1 s deadline is for a machine busy with parallel builds
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
        assertThat(client.metrics().spooled()).isEqualTo(1_000);
        assertThat(client.metrics().emitted()).isEqualTo(1_000);
    }

    @Test
    void fullQueueDropsAreCountedAndNeverBlockTheCaller() {
        recorder.enqueue(new MockResponse().setResponseCode(200).setHeadersDelay(300, java.util.concurrent.TimeUnit.MILLISECONDS));
        HybridConfig config = hybrid(server.url("/").toString(), tmp).queueCapacity(200).batchSize(100).build();
        BatchingTelemetryClient client = client(config, "run-full", clock, sleeper);
        sendEvents(client, 5_000, "g1");
        client.close(Duration.ofSeconds(10));

        TelemetryMetrics metrics = client.metrics();
        assertThat(metrics.droppedQueueFull()).isPositive();
        assertThat(metrics.emitted()).isEqualTo(5_000);
        assertConserved(metrics, recorder, "run-full");
    }

    @Test
    void diskErrorsAfterStartNeverReachTheCallerAndLossIsCounted() throws IOException {
        int port = FreePort.find();
        HybridConfig config = hybrid("http://127.0.0.1:" + port, tmp).build();
        BatchingTelemetryClient client = TelemetryClients.builder(config, "run-disk").clock(clock).sleeper(sleeper)
                .maxHeldBatches(2).buildHttp();
        // the disk goes away mid-game: a file where the spool folder was stops even root
        Path spool = tmp.resolve("spool").resolve("wz-0").resolve("telemetry");
        Files.delete(spool);
        Files.writeString(spool, "not a folder any more");

        assertThatCode(() -> {
            sendEvents(client, 1_000, "g1");
            client.flush();
            client.close(Duration.ofSeconds(2));
        }).doesNotThrowAnyException();

        TelemetryMetrics metrics = client.metrics();
        assertThat(metrics.delivered()).isZero();
        assertThat(metrics.spooled()).isZero();
        assertThat(metrics.evicted()).as("cap evictions").isZero();
        assertThat(metrics.lostToDiskErrors()).isEqualTo(1_000);
        assertThat(metrics.emitted()).isEqualTo(metrics.lostToDiskErrors() + metrics.droppedQueueFull());
    }

    @Test
    void anUnwritableSpoolFolderStopsTheStartWithOneLineNamingTheSettingAndTheFolder() throws IOException {
        Path notAFolder = Files.writeString(tmp.resolve("spool-is-a-file"), "x");
        HybridConfig config = hybrid(server.url("/").toString(), tmp).spoolDir(notAFolder).build();

        assertThatThrownBy(() -> TelemetryClients.builder(config, "run-unwritable").buildHttp())
                .isInstanceOf(UnusableSettingException.class)
                .hasMessageStartingWith("spool_dir = " + notAFolder + " (code): cannot write to "
                        + notAFolder.resolve("wz-0").resolve("telemetry"))
                .hasMessageContaining("SPOOL_DIR")
                .hasMessageNotContaining("\n");
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("telemetry-run-unwritable"));
    }

    private List<Path> spoolSegments() throws IOException {
        Path dir = tmp.resolve("spool").resolve("wz-0").resolve("telemetry");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }
}
