package io.wickedzerg.clients.telemetry;

import static io.wickedzerg.clients.telemetry.TelemetryTestSupport.client;
import static io.wickedzerg.clients.telemetry.TelemetryTestSupport.hybrid;
import static io.wickedzerg.clients.telemetry.TelemetryTestSupport.sendEvents;
import static org.assertj.core.api.Assertions.assertThat;

import io.wickedzerg.clients.testing.Await;
import io.wickedzerg.clients.testing.FreePort;
import io.wickedzerg.clients.testing.MutableClock;
import io.wickedzerg.clients.testing.RecordingSleeper;
import io.wickedzerg.clients.testing.TelemetryRecorder;
import io.wickedzerg.config.HybridConfig;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What one client spooled, damaged on disk or capped, and what the next client makes of it. */
class TelemetrySpoolReplayTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path tmp;

    private final MutableClock clock = MutableClock.atEpochPlus(0);
    private final RecordingSleeper sleeper = new RecordingSleeper();

    /** Spools {@code events} with the server down (batches of 100), then closes. */
    private TelemetryMetrics spoolWithServerDown(HybridConfig.Builder config, String runId, int events) {
        BatchingTelemetryClient down = client(config.telemetryServiceUrl("http://127.0.0.1:" + FreePort.find()).build(),
                runId, clock, sleeper);
        sendEvents(down, events, "g1");
        down.close(Duration.ofSeconds(5));
        return down.metrics();
    }

    private Path telemetrySpool() {
        return tmp.resolve("spool").resolve("wz-0").resolve("telemetry");
    }

    private List<Path> segments() throws IOException {
        try (Stream<Path> files = Files.list(telemetrySpool())) {
            return files.filter(p -> p.toString().endsWith(".seg")).sorted().toList();
        }
    }

    @Test
    void tornAndBitFlippedSegmentsLoseOnlyTheirDamagedFramesWhichAreCounted() throws Exception {
        HybridConfig.Builder config = hybrid("http://unused", tmp);
        assertThat(spoolWithServerDown(config, "run-damaged", 1_000).spooled()).isEqualTo(1_000);
        List<Path> segments = segments();
        assertThat(segments).hasSize(1);
        Path segment = segments.get(0);
        long size = Files.size(segment);
        try (RandomAccessFile file = new RandomAccessFile(segment.toFile(), "rw")) {
            file.seek(size / 2); // somewhere in the middle frame
            int b = file.read();
            file.seek(size / 2);
            file.write(b ^ 0x01);
        }
        // and a torn, half-written segment a crash left open
        byte[] whole = Files.readAllBytes(segment);
        Files.write(telemetrySpool().resolve("00000000000000000099.tmp"), java.util.Arrays.copyOf(whole, 700));

        TelemetryRecorder recorder = new TelemetryRecorder();
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(recorder);
            server.start(InetAddress.getLoopbackAddress(), 0);
            BatchingTelemetryClient next = client(config.telemetryServiceUrl(server.url("/").toString()).build(),
                    "run-next", clock, sleeper);
            Await.until(WAIT, () -> next.metrics().replayed() == 900, () -> next.metrics().toString());
            next.close(Duration.ofSeconds(5));

            assertThat(next.metrics().corruptFrames()).isEqualTo(1);
            assertThat(recorder.acceptedCount("run-damaged")).isEqualTo(900); // 10 batches, 1 damaged
            assertThat(recorder.attemptsByBatch()).hasSize(9); // every batch but the damaged one
        }
        try (Stream<Path> left = Files.list(telemetrySpool())) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void spoolCapEvictsTheOldestBatchesAndCountsThem() throws Exception {
        HybridConfig.Builder config = hybrid("http://unused", tmp).spoolMaxBytes(40_000).queueCapacity(10_000);
        TelemetryMetrics spooled = spoolWithServerDown(config, "run-capped", 5_000);

        assertThat(spooled.evicted()).isPositive();
        assertThat(spooled.spooled()).isEqualTo(5_000);

        TelemetryRecorder recorder = new TelemetryRecorder();
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(recorder);
            server.start(InetAddress.getLoopbackAddress(), 0);
            BatchingTelemetryClient next = client(config.telemetryServiceUrl(server.url("/").toString()).build(),
                    "run-next", clock, sleeper);
            long expected = 5_000 - spooled.evicted();
            Await.until(WAIT, () -> recorder.acceptedCount("run-capped") == expected, () -> next.metrics().toString());
            next.close(Duration.ofSeconds(5));
            // the newest survived: the last batch is there, the first is not
            assertThat(recorder.accepted("run-capped", 5_000)).isTrue();
            assertThat(recorder.accepted("run-capped", 1)).isFalse();
            assertThat(spooled.emitted()).isEqualTo(recorder.acceptedCount("run-capped") + spooled.evicted());
        }
    }
}
