package io.wickedzerg.clients.learning;

import io.wickedzerg.clients.http.CircuitBreaker;
import io.wickedzerg.clients.http.HttpStack;
import io.wickedzerg.clients.http.ResilientSender;
import io.wickedzerg.clients.http.RetryPolicy;
import io.wickedzerg.clients.http.Sleeper;
import io.wickedzerg.clients.spool.DeadLetterFile;
import io.wickedzerg.clients.spool.SpoolDirectory;
import io.wickedzerg.clients.spool.SpoolOptions;
import io.wickedzerg.config.HybridConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import okhttp3.OkHttpClient;

/** Builds the remote learning client; every collaborator has a production default. */
public final class LearningClientBuilder {

    private final HybridConfig config;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper;
    private RandomGenerator random = new SplittableRandom();
    private OkHttpClient http;
    private RetryPolicy retryPolicy;
    private CircuitBreaker breaker;
    private Duration retryInterval = Duration.ofSeconds(5);
    private Duration closeTimeout = Duration.ofSeconds(5);
    private long deadLetterMaxBytes = DeadLetterFile.DEFAULT_MAX_BYTES;
    private Optional<String> opponentId = Optional.empty();

    LearningClientBuilder(HybridConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    public LearningClientBuilder clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    public LearningClientBuilder sleeper(Sleeper sleeper) {
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        return this;
    }

    public LearningClientBuilder random(RandomGenerator random) {
        this.random = Objects.requireNonNull(random, "random");
        return this;
    }

    /** A shared HTTP stack; the client then leaves it running on close. */
    public LearningClientBuilder httpClient(OkHttpClient http) {
        this.http = Objects.requireNonNull(http, "http");
        return this;
    }

    public LearningClientBuilder retryPolicy(RetryPolicy policy) {
        this.retryPolicy = Objects.requireNonNull(policy, "retryPolicy");
        return this;
    }

    public LearningClientBuilder breaker(CircuitBreaker breaker) {
        this.breaker = Objects.requireNonNull(breaker, "breaker");
        return this;
    }

    /** How long the background sender waits before trying the service again after a failure. */
    public LearningClientBuilder retryInterval(Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("retryInterval: must be > 0, was " + interval);
        }
        this.retryInterval = interval;
        return this;
    }

    public LearningClientBuilder closeTimeout(Duration timeout) {
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("closeTimeout: must be >= 0, was " + timeout);
        }
        this.closeTimeout = timeout;
        return this;
    }

    /** Size cap of the results dead-letter file; past it refused results are logged and counted only. */
    public LearningClientBuilder deadLetterMaxBytes(long bytes) {
        if (bytes < 1) {
            throw new IllegalArgumentException("deadLetterMaxBytes: must be >= 1, was " + bytes);
        }
        this.deadLetterMaxBytes = bytes;
        return this;
    }

    /**
     * The ladder opponent this process plays (AI Arena's {@code --OpponentId}): the model is asked for with
     * {@code ?opponent=ID}, so the service can answer with what it learned against that opponent, and it is cached
     * apart from the shared model. Null, or an id the service would refuse, asks for the shared model.
     */
    public LearningClientBuilder opponentId(String id) {
        this.opponentId = LearningEndpoints.wireOpponentId(id);
        return this;
    }

    /** {@code models/latest_model.json}; an opponent's model under {@code models/opponents/<id>/}. */
    private Path modelCacheFile() {
        Path models = config.dataDir().resolve("models");
        return opponentId.map(id -> models.resolve("opponents").resolve(id.replace(':', '_'))).orElse(models)
                .resolve("latest_model.json");
    }

    /**
     * @throws io.wickedzerg.config.UnusableSettingException when the results spool cannot be written or
     *         opened (results would not be durable); nothing is left running then
     */
    public HttpLearningClient build() {
        Path instanceSpool = config.spoolDir().resolve(config.instanceId());
        Path resultsDir = instanceSpool.resolve("results");
        SpoolDirectory.requireWritable(config, resultsDir);
        boolean ownsHttp = http == null;
        OkHttpClient stack = ownsHttp ? HttpStack.create(config) : http;
        CircuitBreaker shared = breaker != null ? breaker : CircuitBreaker.withDefaults(clock);
        RetryPolicy policy = retryPolicy != null ? retryPolicy : RetryPolicy.from(config);
        Sleeper wait = sleeper != null ? sleeper : Sleeper.system();
        ResilientSender results = new ResilientSender(stack, policy, shared, wait, random, clock);
        // the model is wanted at game start: one attempt, bounded by the connection timeout
        ResilientSender model = new ResilientSender(stack,
                new RetryPolicy(1, Duration.ZERO, 1.0, Duration.ZERO, Duration.ZERO), shared, wait, random, clock);
        try {
            return new HttpLearningClient(LearningEndpoints.of(config.learningServiceUrl(), opponentId), results, model,
                    SpoolOptions.results(resultsDir, clock),
                    new DeadLetterFile(instanceSpool.resolve("dead-letter").resolve("results.jsonl"), clock,
                            deadLetterMaxBytes),
                    new ModelCache(modelCacheFile(), new TrainingJson()),
                    config.instanceId(), config.connectionTimeout().multipliedBy(2), retryInterval, closeTimeout,
                    task -> new Thread(task, "learning-results-" + config.instanceId()),
                    ownsHttp ? () -> HttpStack.shutdown(stack) : () -> { });
        } catch (IOException disk) {
            if (ownsHttp) {
                HttpStack.shutdown(stack);
            }
            throw SpoolDirectory.unusable(config, resultsDir, disk);
        }
    }
}
