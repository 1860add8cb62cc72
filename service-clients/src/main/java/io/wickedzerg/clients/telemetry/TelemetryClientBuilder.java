package io.wickedzerg.clients.telemetry;

import io.wickedzerg.clients.http.CircuitBreaker;
import io.wickedzerg.clients.http.HttpStack;
import io.wickedzerg.clients.http.ResilientSender;
import io.wickedzerg.clients.http.RetryPolicy;
import io.wickedzerg.clients.http.Sleeper;
import io.wickedzerg.clients.spool.DeadLetterFile;
import io.wickedzerg.clients.spool.SpoolDirectory;
import io.wickedzerg.clients.spool.SpoolOptions;
import io.wickedzerg.config.HybridConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.ThreadFactory;
import java.util.random.RandomGenerator;
import okhttp3.OkHttpClient;

/**
 * Builds the HTTP or the local telemetry client. Everything has a production default; tests replace
 * the clock, sleeper, random source, HTTP stack or breaker.
 */
public final class TelemetryClientBuilder {

    /** Uncompressed JSON per batch before it is sealed early; well under common 1-4 MiB body limits. */
    public static final int DEFAULT_MAX_BATCH_BYTES = 512 * 1024;
    static final int DEFAULT_MAX_HELD_BATCHES = 64;

    private final HybridConfig config;
    private final String runId;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper;
    private RandomGenerator random = new SplittableRandom();
    private OkHttpClient http;
    private CircuitBreaker breaker;
    private RetryPolicy retryPolicy;
    private int maxBatchBytes = DEFAULT_MAX_BATCH_BYTES;
    private long spoolSegmentBytes;
    private int maxHeldBatches = DEFAULT_MAX_HELD_BATCHES;
    private ThreadFactory threadFactory;
    private long deadLetterMaxBytes = DeadLetterFile.DEFAULT_MAX_BYTES;
    private WorkerClock workerClock = WorkerClock.system();

    TelemetryClientBuilder(HybridConfig config, String runId) {
        this.config = Objects.requireNonNull(config, "config");
        this.runId = RunIds.check(runId);
    }

    public TelemetryClientBuilder clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    public TelemetryClientBuilder sleeper(Sleeper sleeper) {
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        return this;
    }

    public TelemetryClientBuilder random(RandomGenerator random) {
        this.random = Objects.requireNonNull(random, "random");
        return this;
    }

    /** A shared HTTP stack (see {@link HttpStack}); the client then leaves it running on close. */
    public TelemetryClientBuilder httpClient(OkHttpClient http) {
        this.http = Objects.requireNonNull(http, "http");
        return this;
    }

    public TelemetryClientBuilder breaker(CircuitBreaker breaker) {
        this.breaker = Objects.requireNonNull(breaker, "breaker");
        return this;
    }

    public TelemetryClientBuilder retryPolicy(RetryPolicy policy) {
        this.retryPolicy = Objects.requireNonNull(policy, "retryPolicy");
        return this;
    }

    public TelemetryClientBuilder maxBatchBytes(int bytes) {
        if (bytes < 1) {
            throw new IllegalArgumentException("maxBatchBytes: must be >= 1, was " + bytes);
        }
        this.maxBatchBytes = bytes;
        return this;
    }

    public TelemetryClientBuilder spoolSegmentBytes(long bytes) {
        if (bytes < 1) {
            throw new IllegalArgumentException("spoolSegmentBytes: must be >= 1, was " + bytes);
        }
        this.spoolSegmentBytes = bytes;
        return this;
    }

    public TelemetryClientBuilder maxHeldBatches(int batches) {
        if (batches < 0) {
            throw new IllegalArgumentException("maxHeldBatches: must be >= 0, was " + batches);
        }
        this.maxHeldBatches = batches;
        return this;
    }

    /** Size cap of the dead-letter file; past it refused batches are counted ({@code deadLetterDropped}) only. */
    public TelemetryClientBuilder deadLetterMaxBytes(long bytes) {
        if (bytes < 1) {
            throw new IllegalArgumentException("deadLetterMaxBytes: must be >= 1, was " + bytes);
        }
        this.deadLetterMaxBytes = bytes;
        return this;
    }

    public TelemetryClientBuilder threadFactory(ThreadFactory factory) {
        this.threadFactory = Objects.requireNonNull(factory, "threadFactory");
        return this;
    }

    /** The worker's monotonic clock and waits (tests move time by hand). */
    TelemetryClientBuilder workerClock(WorkerClock clock) {
        this.workerClock = Objects.requireNonNull(clock, "workerClock");
        return this;
    }

    /**
     * The batched HTTP client with spool and replay.
     *
     * @throws io.wickedzerg.config.UnusableSettingException when the spool folder cannot be written
     */
    public BatchingTelemetryClient buildHttp() {
        Path instanceSpool = config.spoolDir().resolve(config.instanceId());
        SpoolDirectory.requireWritable(config, instanceSpool.resolve("telemetry"));
        TelemetryCounters counters = new TelemetryCounters();
        boolean ownsHttp = http == null;
        OkHttpClient stack = ownsHttp ? HttpStack.create(config) : http;
        ResilientSender sender = new ResilientSender(stack,
                retryPolicy != null ? retryPolicy : RetryPolicy.from(config),
                breaker != null ? breaker : CircuitBreaker.withDefaults(clock),
                sleeper != null ? sleeper : Sleeper.system(), random, clock);
        SpoolOptions spool = SpoolOptions.telemetry(instanceSpool.resolve("telemetry"), config.spoolMaxBytes(), clock);
        if (spoolSegmentBytes > 0) {
            spool = spool.withSegmentMaxBytes(spoolSegmentBytes);
        }
        DeadLetterFile deadLetters = new DeadLetterFile(instanceSpool.resolve("dead-letter").resolve("telemetry.jsonl"),
                clock, deadLetterMaxBytes);
        HttpBatchSink sink = new HttpBatchSink(config.telemetryServiceUrl(), sender,
                new TelemetryBatchEncoder(runId, maxBatchBytes), counters, spool, deadLetters, clock, maxHeldBatches,
                ownsHttp ? () -> HttpStack.shutdown(stack) : () -> { });
        return start(counters, sink);
    }

    /** Local mode: one JSONL file per game under {@code <data_dir>/telemetry/<run id>/}. */
    public BatchingTelemetryClient buildLocal() {
        TelemetryCounters counters = new TelemetryCounters();
        Path dir = config.dataDir().resolve("telemetry").resolve(runId);
        return start(counters, new JsonlBatchSink(dir, new TelemetryBatchEncoder(runId, maxBatchBytes), counters));
    }

    private BatchingTelemetryClient start(TelemetryCounters counters, BatchSink sink) {
        ThreadFactory threads = threadFactory != null ? threadFactory
                : task -> new Thread(task, "telemetry-" + runId);
        return new BatchingTelemetryClient(BatchingOptions.from(config), counters, sink, threads, workerClock);
    }
}
