package io.wickedzerg.bench.clients;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.logs.SdkLoggerProvider;
import io.opentelemetry.sdk.logs.data.LogRecordData;
import io.opentelemetry.sdk.logs.export.BatchLogRecordProcessor;
import io.opentelemetry.sdk.logs.export.LogRecordExporter;
import io.wickedzerg.clients.telemetry.TelemetryClients;
import io.wickedzerg.clients.telemetry.TelemetryEvent;
import io.wickedzerg.clients.telemetry.TelemetryMetrics;
import io.wickedzerg.clients.telemetry.TelemetryServiceClient;
import io.wickedzerg.config.HybridConfig;
import io.wickedzerg.config.Mode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What one telemetry call costs the game thread: our {@code send()} against a healthy loopback
 * service and against a service that is down (breaker open, batches spooled), and in the same run
 * the baselines: OpenTelemetry's {@code BatchLogRecordProcessor} emit and Logback's
 * {@code AsyncAppender} append (both with no-op exporters, same queue size 4096 and batch 512).
 * All are sampled (SampleTime) so the table carries p50/p99/p99.9, not just means.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar TelemetrySendBenchmark}
 */
@BenchmarkMode(org.openjdk.jmh.annotations.Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class TelemetrySendBenchmark {

    private static final Map<String, Object> FIELDS = Map.of("minerals", 350, "vespene", 112, "supply_used", 44,
            "supply_cap", 54, "drones", 31, "army_value", 1250.0);

    /** Our client, chosen as the bot chooses it: hybrid mode, to a live or a dead service. */
    @State(Scope.Benchmark)
    public static class OurClient {

        @Param({"healthy", "down"})
        public String server;

        TelemetryServiceClient client;
        MockWebServer web;
        Path spool;
        long loop;

        @Setup(org.openjdk.jmh.annotations.Level.Trial)
        public void start() throws IOException {
            String url;
            if (server.equals("healthy")) {
                web = new MockWebServer();
                web.setDispatcher(new Dispatcher() {
                    @Override
                    public MockResponse dispatch(RecordedRequest request) {
                        return new MockResponse().setResponseCode(200);
                    }
                });
                web.start(InetAddress.getLoopbackAddress(), 0);
                url = web.url("/").toString();
            } else {
                url = "http://127.0.0.1:" + freePort();
            }
            spool = Files.createTempDirectory("wz-bench-spool");
            HybridConfig config = HybridConfig.builder().mode(Mode.HYBRID).telemetryServiceUrl(url)
                    .spoolDir(spool).dataDir(spool.resolve("data"))
                    .spoolMaxBytes(64L * 1024 * 1024).build(); // defaults otherwise: queue 4096, batch 512, 1 s
            client = TelemetryClients.create(config, "bench");
        }

        @TearDown(org.openjdk.jmh.annotations.Level.Trial)
        public void stop() throws IOException {
            client.close(Duration.ofSeconds(5));
            TelemetryMetrics m = client.metrics();
            System.out.printf("%n[%s] emitted=%d delivered=%d spooled=%d dropped_queue_full=%d (%.1f%%) evicted=%d%n",
                    server, m.emitted(), m.delivered(), m.spooled(), m.droppedQueueFull(),
                    100.0 * m.droppedQueueFull() / Math.max(1, m.emitted()), m.evicted());
            if (web != null) {
                web.shutdown();
            }
            deleteTree(spool);
        }
    }

    /**
     * The same client, but the queue never fills: before an invocation (outside the measured time)
     * the benchmark waits for the worker to drain the queue when it is nearly full. This measures
     * the accepted path (enqueue + wake-up check), which a tight loop hides behind queue_full drops.
     */
    @State(Scope.Benchmark)
    public static class PacedClient extends OurClient {

        @Setup(org.openjdk.jmh.annotations.Level.Invocation)
        public void makeRoom() {
            if (client.metrics().queueSize() >= 4000) {
                client.flush();
                while (client.metrics().queueSize() > 512) {
                    Thread.onSpinWait();
                }
            }
        }
    }

    @State(Scope.Benchmark)
    public static class OtelBaseline {

        SdkLoggerProvider provider;
        io.opentelemetry.api.logs.Logger logger;
        long loop;

        @Setup(org.openjdk.jmh.annotations.Level.Trial)
        public void start() {
            BatchLogRecordProcessor processor = BatchLogRecordProcessor.builder(new NoopExporter())
                    .setMaxQueueSize(4096).setMaxExportBatchSize(512).setScheduleDelay(Duration.ofSeconds(1)).build();
            provider = SdkLoggerProvider.builder().addLogRecordProcessor(processor).build();
            logger = provider.get("bench");
        }

        @TearDown(org.openjdk.jmh.annotations.Level.Trial)
        public void stop() {
            provider.shutdown().join(5, TimeUnit.SECONDS);
        }
    }

    @State(Scope.Benchmark)
    public static class LogbackBaseline {

        LoggerContext context;
        Logger logger;
        long loop;

        @Setup(org.openjdk.jmh.annotations.Level.Trial)
        public void start() {
            context = new LoggerContext();
            AppenderBase<ILoggingEvent> sink = new AppenderBase<>() {
                @Override
                protected void append(ILoggingEvent event) {
                    event.getFormattedMessage(); // what a real appender would do at least
                }
            };
            sink.setContext(context);
            sink.start();
            AsyncAppender async = new AsyncAppender();
            async.setContext(context);
            async.setQueueSize(4096);
            async.setNeverBlock(true); // like send(): drop rather than block the caller
            async.setDiscardingThreshold(0);
            async.addAppender(sink);
            async.start();
            logger = context.getLogger("bench");
            logger.setLevel(ch.qos.logback.classic.Level.INFO);
            logger.setAdditive(false);
            logger.addAppender(async);
        }

        @TearDown(org.openjdk.jmh.annotations.Level.Trial)
        public void stop() {
            context.stop();
        }
    }

    @Benchmark
    public void send(OurClient state) {
        state.client.send(new TelemetryEvent("g1", state.loop++, "sample", FIELDS));
    }

    @Benchmark
    public void sendAccepted(PacedClient state) {
        state.client.send(new TelemetryEvent("g1", state.loop++, "sample", FIELDS));
    }

    private static final AttributeKey<String> GAME = AttributeKey.stringKey("game_id");
    private static final AttributeKey<Long> LOOP = AttributeKey.longKey("game_loop");
    private static final AttributeKey<Long> MINERALS = AttributeKey.longKey("minerals");

    @Benchmark
    public void otelBatchLogRecordProcessorEmit(OtelBaseline state) {
        state.logger.logRecordBuilder().setBody("sample").setAttribute(GAME, "g1")
                .setAttribute(LOOP, state.loop++).setAttribute(MINERALS, 350L).emit();
    }

    @Benchmark
    public void logbackAsyncAppenderAppend(LogbackBaseline state) {
        state.logger.info("sample {} {} {}", "g1", state.loop++, FIELDS);
    }

    private static final class NoopExporter implements LogRecordExporter {
        @Override
        public CompletableResultCode export(Collection<LogRecordData> logs) {
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode flush() {
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode shutdown() {
            return CompletableResultCode.ofSuccess();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
