package io.wickedzerg.clients.registry;

import io.wickedzerg.clients.http.CircuitBreaker;
import io.wickedzerg.clients.http.HttpStack;
import io.wickedzerg.clients.http.ResilientSender;
import io.wickedzerg.clients.http.RetryPolicy;
import io.wickedzerg.clients.http.Sleeper;
import io.wickedzerg.config.HybridConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.random.RandomGenerator;
import okhttp3.OkHttpClient;

/** Builds the registry client; the cache file is {@code <data_dir>/registry-cache.json}. */
public final class RegistryClients {

    public static final Duration DEFAULT_TTL = Duration.ofSeconds(30);

    private final HybridConfig config;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper;
    private RandomGenerator random = new SplittableRandom();
    private OkHttpClient http;
    private CircuitBreaker breaker;
    private Duration ttl = DEFAULT_TTL;
    private Duration heartbeatInterval;

    private RegistryClients(HybridConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    public static ServiceRegistryClient create(HybridConfig config) {
        return builder(config).build();
    }

    public static RegistryClients builder(HybridConfig config) {
        return new RegistryClients(config);
    }

    public RegistryClients clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    public RegistryClients sleeper(Sleeper sleeper) {
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        return this;
    }

    public RegistryClients random(RandomGenerator random) {
        this.random = Objects.requireNonNull(random, "random");
        return this;
    }

    public RegistryClients httpClient(OkHttpClient http) {
        this.http = Objects.requireNonNull(http, "http");
        return this;
    }

    public RegistryClients breaker(CircuitBreaker breaker) {
        this.breaker = Objects.requireNonNull(breaker, "breaker");
        return this;
    }

    /** How long the registry keeps an entry without a heartbeat; heartbeats go every TTL/3 unless set. */
    public RegistryClients ttl(Duration ttl) {
        if (ttl.toMillis() < 1) {
            throw new IllegalArgumentException("ttl: must be at least 1 ms, was " + ttl);
        }
        this.ttl = ttl;
        return this;
    }

    public RegistryClients heartbeatInterval(Duration interval) {
        if (interval.toMillis() < 1) {
            throw new IllegalArgumentException("heartbeatInterval: must be at least 1 ms, was " + interval);
        }
        this.heartbeatInterval = interval;
        return this;
    }

    public ServiceRegistryClient build() {
        boolean ownsHttp = http == null;
        OkHttpClient stack = ownsHttp ? HttpStack.create(config) : http;
        ResilientSender sender = new ResilientSender(stack, RetryPolicy.from(config),
                breaker != null ? breaker : CircuitBreaker.withDefaults(clock),
                sleeper != null ? sleeper : Sleeper.system(), random, clock);
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "registry-heartbeat-" + config.instanceId());
            thread.setDaemon(true);
            return thread;
        });
        Duration interval = heartbeatInterval != null ? heartbeatInterval : ttl.dividedBy(3);
        return new ServiceRegistryClient(config.serviceRegistryUrl(), sender, scheduler,
                config.dataDir().resolve("registry-cache.json"), ttl, interval, config.instanceId(),
                config.connectionTimeout().multipliedBy(2),
                ownsHttp ? () -> HttpStack.shutdown(stack) : () -> { });
    }
}
