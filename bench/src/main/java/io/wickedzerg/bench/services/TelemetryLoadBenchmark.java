package io.wickedzerg.bench.services;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wickedzerg.clients.telemetry.BatchingTelemetryClient;
import io.wickedzerg.clients.telemetry.TelemetryClients;
import io.wickedzerg.clients.telemetry.TelemetryEvent;
import io.wickedzerg.clients.telemetry.TelemetryMetrics;
import io.wickedzerg.config.HybridConfig;
import io.wickedzerg.config.Mode;
import io.wickedzerg.services.runtime.RunningService;
import io.wickedzerg.services.settings.Secret;
import io.wickedzerg.services.settings.ServiceName;
import io.wickedzerg.services.settings.ServiceSettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load on the telemetry service (not JMH: a whole system under load): client threads, each with the
 * bot's real batching client, send events for a fixed time to the real service on loopback; then
 * every client flushes and closes, and the service is asked what it stored. Reports events stored
 * per second, lost (emitted but not stored), duplicates, and where the service spent its time.
 *
 * <pre>java -cp bench/target/benchmarks.jar io.wickedzerg.bench.services.TelemetryLoadBenchmark
 *     [--db sqlite|postgres|both] [--threads 8] [--seconds 30]</pre>
 */
public final class TelemetryLoadBenchmark {

    private static final int QUEUE = 1 << 16;
    private static final List<Map<String, Object>> SAMPLES = samples();

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int threads = Integer.parseInt(options.getOrDefault("--threads", "8"));
        int seconds = Integer.parseInt(options.getOrDefault("--seconds", "30"));
        String db = options.getOrDefault("--db", "both");
        if (!List.of("sqlite", "postgres", "both").contains(db)) {
            System.err.println("--db: '" + db + "' is not allowed; allowed: sqlite, postgres, both");
            System.exit(2);
        }
        if (!db.equals("postgres")) {
            eventsPerSecond("sqlite", threads, seconds, System.out);
        }
        if (!db.equals("sqlite")) {
            eventsPerSecond("postgres", threads, seconds, System.out);
        }
    }

    /**
     * One load run on a fresh database ({@code sqlite} in a temporary folder, or {@code postgres}, embedded), its
     * report lines to {@code out}; returns the events stored per second.
     */
    public static double eventsPerSecond(String db, int threads, int seconds, PrintStream out) throws Exception {
        Path dir = Files.createTempDirectory("wz-load");
        if (db.equals("sqlite")) {
            return run(db, ServiceSettings.local(ServiceName.TELEMETRY, 0, dir.resolve("sqlite")), threads, seconds, out);
        }
        if (!db.equals("postgres")) {
            throw new IllegalArgumentException("db: '" + db + "' is not allowed; allowed: sqlite, postgres");
        }
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            return run(db, ServiceSettings.builder(ServiceName.TELEMETRY, 0, dir)
                    .database(postgres.getJdbcUrl("postgres", "postgres"), "postgres", Secret.of("")).build(),
                    threads, seconds, out);
        }
    }

    private static double run(String name, ServiceSettings settings, int threads, int seconds, PrintStream out)
            throws Exception {
        try (RunningService service = RunningService.start(settings, Clock.systemUTC())) {
            HybridConfig config = HybridConfig.builder().mode(Mode.HYBRID)
                    .telemetryServiceUrl(service.baseUrl().toString()).queueCapacity(QUEUE).batchSize(512)
                    .flushInterval(Duration.ofMillis(100)).closeTimeout(Duration.ofSeconds(60))
                    .dataDir(settings.dataDir().resolve("clients")).learningServiceEnabled(false).build();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<TelemetryMetrics>> results = new ArrayList<>();
            long cpuStart = processCpuNanos();
            long start = System.nanoTime();
            long deadline = start + TimeUnit.SECONDS.toNanos(seconds);
            for (int t = 0; t < threads; t++) {
                String runId = "load-" + name + "-" + t;
                results.add(pool.submit(() -> sendUntil(config, runId, deadline)));
            }
            long emitted = 0;
            long dropped = 0;
            long spooled = 0;
            for (Future<TelemetryMetrics> result : results) {
                TelemetryMetrics m = result.get();
                emitted += m.emitted();
                dropped += m.droppedQueueFull() + m.droppedAfterShutdown();
                spooled += m.spooled() - m.replayed();
            }
            double elapsed = (System.nanoTime() - start) / 1e9;
            double cpu = (processCpuNanos() - cpuStart) / 1e9;
            double serviceCpu = threadCpuSeconds("JettyServerThreadPool");
            pool.shutdown();
            long stored = stored(service.baseUrl(), "load-" + name + "-");
            String metrics = get(service.baseUrl(), "/metrics");
            out.printf("%s: %d threads x %d s: %,d events emitted, %,d stored in %.1f s = %,.0f events/s;"
                            + " lost %d, dropped by clients %d, left in spools %d, duplicates received %,.0f%n",
                    name, threads, seconds, emitted, stored, elapsed, stored / elapsed, emitted - stored, dropped,
                    spooled, value(metrics, "telemetry_events_duplicate_total"));
            out.printf("%s: service time per batch: read %.2f ms, parse %.2f ms, store %.2f ms (%,.0f batches)%n",
                    name, mean(metrics, "telemetry_ingest_read"), mean(metrics, "telemetry_ingest_parse"),
                    mean(metrics, "telemetry_ingest_store"), value(metrics, "telemetry_ingest_store_seconds_count"));
            // the clients run in this JVM too: CPU per event says more than wall time on a busy machine
            out.printf("%s: CPU %.1f s of %.1f s x %d cores (%.0f%%): %.1f us per event in all,"
                            + " %.1f us in the service's request threads%n",
                    name, cpu, elapsed, Runtime.getRuntime().availableProcessors(),
                    100 * cpu / (elapsed * Runtime.getRuntime().availableProcessors()), cpu * 1e6 / stored,
                    serviceCpu * 1e6 / stored);
            return stored / elapsed;
        }
    }

    /**
     * One client thread: sends while the client's queue has room, else parks a millisecond (the game
     * thread's side never blocks; a spinning producer would steal the CPU the service is measured on).
     */
    private static TelemetryMetrics sendUntil(HybridConfig config, String runId, long deadline) throws Exception {
        BatchingTelemetryClient client = TelemetryClients.builder(config, runId).buildHttp();
        String gameId = runId + "-g1";
        long loop = 0;
        while (System.nanoTime() < deadline) {
            // metrics() takes a snapshot of every counter: look only now and then
            if ((loop & 255) == 0 && client.metrics().queueSize() > QUEUE / 2) {
                LockSupport.parkNanos(1_000_000);
                continue;
            }
            client.send(new TelemetryEvent(gameId, loop, "sample", SAMPLES.get((int) (loop % SAMPLES.size()))));
            loop++;
        }
        client.flush().get(120, TimeUnit.SECONDS);
        client.close();
        return client.metrics();
    }

    /**
     * The fields of a game's periodic sample, a thousand variants of the bot's economy numbers; each a
     * LinkedHashMap as the bot builds them, so the client copies it on send as it does in a game.
     */
    private static List<Map<String, Object>> samples() {
        List<Map<String, Object>> samples = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("minerals", i);
            fields.put("gas", i % 700);
            fields.put("supply_used", i % 200);
            fields.put("workers", i % 80);
            fields.put("army_supply", i % 120);
            samples.add(fields);
        }
        return List.copyOf(samples);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** CPU time of the live threads whose names start with {@code prefix}, in seconds. */
    private static double threadCpuSeconds(String prefix) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long total = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().startsWith(prefix)) {
                total += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        return total / 1e9;
    }

    private static long stored(URI base, String prefix) throws IOException, InterruptedException {
        JsonNode games = new ObjectMapper().readTree(get(base, "/api/games?limit=1000")).get("games");
        long stored = 0;
        for (JsonNode game : games) {
            if (game.get("run_id").asText().startsWith(prefix)) {
                stored += game.get("event_count").asLong();
            }
        }
        return stored;
    }

    private static String get(URI base, String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static double value(String metrics, String name) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{[^}]*\\})? ([0-9.Ee+-]+)$").matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(2)) : Double.NaN;
    }

    private static double mean(String metrics, String timer) {
        return value(metrics, timer + "_seconds_sum") / value(metrics, timer + "_seconds_count") * 1000;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        return options;
    }
}
