package io.wickedzerg.clients.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import io.wickedzerg.clients.spool.Spool;
import io.wickedzerg.clients.spool.SpoolOptions;
import io.wickedzerg.clients.testing.Await;
import io.wickedzerg.clients.testing.FreePort;
import io.wickedzerg.clients.testing.MutableClock;
import io.wickedzerg.clients.testing.RecordingSleeper;
import io.wickedzerg.clients.testing.TelemetryRecorder;
import io.wickedzerg.config.HybridConfig;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM spools telemetry and is killed with SIGKILL ({@code destroyForcibly}) at 25 random
 * moments (seeded), each restart recovering what the last one left. Then a client replays the
 * spool: every frame a child reported as appended reaches the server, and nothing else is broken.
 */
class SpoolCrashTest {

    private static final int KILLS = 25;
    private static final long SEED = 20_240_601L;

    @TempDir
    Path tmp;

    @Test
    void everyCompleteFrameSurvivesRepeatedKillMinusNine() throws Exception {
        Path spoolDir = tmp.resolve("spool").resolve("wz-0").resolve("telemetry");
        Random random = new Random(SEED);
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();

        for (int kill = 0; kill < KILLS; kill++) {
            runAndKill(spoolDir, "crash-" + kill, 1 + random.nextInt(120), acknowledged);
        }
        assertThat(acknowledged).hasSizeGreaterThan(KILLS);

        SpoolOptions options = SpoolOptions.telemetry(spoolDir, Long.MAX_VALUE, Clock.systemUTC());
        try (Spool recovered = Spool.open(options)) {
            // a torn tail may or may not have happened; a corrupt frame in the middle must not
            assertThat(recovered.sealedSegments()).isNotEmpty();
        }

        TelemetryRecorder recorder = new TelemetryRecorder();
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(recorder);
            server.start(InetAddress.getLoopbackAddress(), FreePort.find());
            HybridConfig config = TelemetryTestSupport.hybrid(server.url("/").toString(), tmp).build();
            BatchingTelemetryClient replaying = TelemetryTestSupport.client(config, "replayer",
                    MutableClock.atEpochPlus(0), new RecordingSleeper());
            Await.until(Duration.ofSeconds(120), () -> recorder.attemptsByBatch().keySet().containsAll(acknowledged),
                    () -> "replayed " + recorder.attemptsByBatch().size() + " batches of " + acknowledged.size()
                            + " acknowledged; " + replaying.metrics());
            // frames whose "OK" line the kill swallowed were appended too: they replay after the acknowledged ones
            Await.until(Duration.ofSeconds(120), () -> sealedSegments(spoolDir).isEmpty(),
                    () -> "segments left after replay: " + sealedSegments(spoolDir) + "; " + replaying.metrics());
            replaying.close(Duration.ofSeconds(5));

            TelemetryMetrics metrics = replaying.metrics();
            assertThat(metrics.corruptFrames()).isZero();
            assertThat(recorder.problems()).isEmpty();
            for (String batchId : acknowledged) {
                String runId = batchId.substring(0, batchId.indexOf(':'));
                String[] range = batchId.substring(batchId.indexOf(':') + 1).split("-");
                for (long seq = Long.parseLong(range[0]); seq <= Long.parseLong(range[1]); seq++) {
                    assertThat(recorder.accepted(runId, seq)).as("%s seq %d", runId, seq).isTrue();
                }
            }
        }
        try (Spool drained = Spool.open(SpoolOptions.telemetry(spoolDir, Long.MAX_VALUE, Clock.systemUTC()))) {
            assertThat(drained.isEmpty()).isTrue();
        }
    }

    private static List<Path> sealedSegments(Path spoolDir) {
        try (Stream<Path> files = Files.list(spoolDir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".seg")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a child, waits until it has appended {@code frames} more frames, then kills it mid-stride. */
    private static void runAndKill(Path spoolDir, String runId, int frames, Set<String> acknowledged)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx64m",
                "-cp", System.getProperty("java.class.path")));
        String logback = System.getProperty("logback.configurationFile");
        if (logback != null) {
            command.add("-Dlogback.configurationFile=" + logback);
        }
        command.addAll(List.of(SpoolingChild.class.getName(), spoolDir.toString(), runId));
        Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException closed) {
                // the pipe ends when the child dies
            }
        }, "child-reader-" + runId);
        reader.start();
        try {
            int seen = 0;
            while (seen < frames) {
                String line = lines.poll(20, TimeUnit.SECONDS);
                if (line == null) {
                    throw new AssertionError("child " + runId + " stopped reporting after " + seen + " frames");
                }
                if (accept(line, acknowledged)) {
                    seen++;
                }
            }
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
        reader.join(TimeUnit.SECONDS.toMillis(20));
        // lines the child finished printing before it died are appends that returned
        for (String line = lines.poll(); line != null; line = lines.poll()) {
            accept(line, acknowledged);
        }
    }

    private static boolean accept(String line, Set<String> acknowledged) {
        if (line.startsWith("OK ") && line.endsWith(" END")) {
            acknowledged.add(line.substring(3, line.length() - 4));
            return true;
        }
        return false;
    }
}
