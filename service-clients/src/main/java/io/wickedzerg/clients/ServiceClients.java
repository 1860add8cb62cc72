package io.wickedzerg.clients;

import io.wickedzerg.clients.http.HttpStack;
import io.wickedzerg.clients.learning.HttpLearningClient;
import io.wickedzerg.clients.learning.LearningClients;
import io.wickedzerg.clients.registry.RegistryClients;
import io.wickedzerg.clients.registry.ServiceRegistryClient;
import io.wickedzerg.clients.registry.TelemetryDiscovery;
import io.wickedzerg.clients.registry.TelemetryEndpoint;
import io.wickedzerg.clients.telemetry.BatchingTelemetryClient;
import io.wickedzerg.clients.telemetry.TelemetryClients;
import io.wickedzerg.config.HybridConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import okhttp3.OkHttpClient;

/**
 * The service clients of one process on one HTTP stack (one connection pool, one dispatcher): the
 * telemetry client, the remote learning client when {@link HybridConfig#isLearningRemote()}, and the
 * registry client on first use (at once when the telemetry service is looked up in it, see
 * {@link Builder#discoverTelemetry()}). Either all start or none is left running. Close it last: it closes
 * the clients it made, then the stack (unless the stack was handed in).
 *
 * <p>An owned stack is built only when a client needs it: in local mode nothing goes over HTTP, and building
 * an OkHttpClient initialises the JVM's TLS providers, about a third of a second of a ladder bot's start.
 */
public final class ServiceClients implements AutoCloseable {

    /** What a client that was just made may spend closing when a later one fails to start. */
    private static final Duration ABANDON_DEADLINE = Duration.ofSeconds(1);

    private final HybridConfig config;
    private final Clock clock;
    private OkHttpClient http;
    private final boolean ownsHttp;
    private final BatchingTelemetryClient telemetry;
    private final HttpLearningClient learning;
    private final TelemetryEndpoint telemetryEndpoint;
    private ServiceRegistryClient registry;
    private boolean closed;

    private ServiceClients(Builder builder, OkHttpClient http, Started started) {
        this.config = builder.config;
        this.clock = builder.clock;
        this.http = http;
        this.ownsHttp = builder.http == null;
        this.telemetry = started.telemetry;
        this.learning = started.learning;
        this.registry = started.registry;
        this.telemetryEndpoint = started.endpoint;
    }

    /**
     * @throws io.wickedzerg.config.UnusableSettingException when a spool folder cannot be written (one
     *         line naming {@code spool_dir} and the folder); nothing is left running then
     */
    public static ServiceClients create(HybridConfig config, String runId) {
        return builder(config, runId).build();
    }

    public static Builder builder(HybridConfig config, String runId) {
        return new Builder(config, runId);
    }

    /** Telemetry to the service (hybrid) or to local files; {@code close()} uses {@code close_timeout}. */
    public BatchingTelemetryClient telemetry() {
        return telemetry;
    }

    /**
     * Where telemetry goes and why, when the registry was asked ({@link Builder#discoverTelemetry()} in hybrid
     * mode with the telemetry service on); empty otherwise, and then the config's URL is used.
     */
    public Optional<TelemetryEndpoint> telemetryEndpoint() {
        return Optional.ofNullable(telemetryEndpoint);
    }

    /** The remote learning client, present when the config sends results to the learning service. */
    public Optional<HttpLearningClient> learning() {
        return Optional.ofNullable(learning);
    }

    /** The registry client, made on first use (most processes never register). */
    public synchronized ServiceRegistryClient registry() {
        if (closed) {
            throw new IllegalStateException("service clients are closed");
        }
        if (registry == null) {
            registry = RegistryClients.builder(config).httpClient(http()).clock(clock).build();
        }
        return registry;
    }

    /** The shared stack, for any other client of this process; built on first use when no client needed it. */
    public synchronized OkHttpClient http() {
        if (closed) {
            throw new IllegalStateException("service clients are closed");
        }
        if (http == null) {
            http = HttpStack.create(config);
        }
        return http;
    }

    /** Whether the stack exists yet (local mode without registry use never builds one). */
    synchronized boolean httpBuilt() {
        return http != null;
    }

    /** Telemetry first (it replays its spool within {@code close_timeout}), then learning, registry, the stack. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            telemetry.close();
        } finally {
            try {
                if (learning != null) {
                    learning.close();
                }
            } finally {
                try {
                    if (registry != null) {
                        registry.close();
                    }
                } finally {
                    if (ownsHttp && http != null) {
                        HttpStack.shutdown(http);
                    }
                }
            }
        }
    }

    /** Options for tests and tools; {@link #create} uses the defaults. */
    public static final class Builder {
        private final HybridConfig config;
        private final String runId;
        private Clock clock = Clock.systemUTC();
        private OkHttpClient http;
        private boolean discoverTelemetry;
        private String learningOpponent;

        private Builder(HybridConfig config, String runId) {
            this.config = Objects.requireNonNull(config, "config");
            this.runId = runId;
        }

        /** A stack owned by the caller: the clients share it and leave it running on close. */
        public Builder httpClient(OkHttpClient shared) {
            this.http = Objects.requireNonNull(shared, "http");
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * When telemetry goes to the service, asks the registry ({@code service_registry_url}) for the
         * {@code telemetry} service once, while building, and sends to the URL it names; without a healthy,
         * fresh answer, to {@code telemetry_service_url}. Logs one line saying which and why. A bot on another
         * machine then finds the service wherever it runs; processes that are the services do not ask.
         */
        public Builder discoverTelemetry() {
            this.discoverTelemetry = true;
            return this;
        }

        /**
         * The ladder opponent this process plays: the remote learning client asks for that opponent's model
         * ({@code GET /api/model/latest?opponent=ID}); null for the shared one.
         */
        public Builder learningOpponent(String opponentId) {
            this.learningOpponent = opponentId;
            return this;
        }

        public ServiceClients build() {
            boolean needsHttp = config.isTelemetryRemote() || config.isLearningRemote();
            OkHttpClient stack = http != null ? http : needsHttp ? HttpStack.create(config) : null;
            Started started = new Started();
            try {
                HybridConfig telemetryConfig = config;
                if (discoverTelemetry && config.isTelemetryRemote()) {
                    started.registry = RegistryClients.builder(config).httpClient(stack).clock(clock).build();
                    started.endpoint = new TelemetryDiscovery(started.registry).choose(config);
                    telemetryConfig = started.endpoint.applyTo(config);
                }
                var telemetryBuilder = TelemetryClients.builder(telemetryConfig, runId).clock(clock);
                started.telemetry = config.isTelemetryRemote() ? telemetryBuilder.httpClient(stack).buildHttp()
                        : telemetryBuilder.buildLocal();
                started.learning = config.isLearningRemote()
                        ? LearningClients.builder(config).httpClient(stack).clock(clock).opponentId(learningOpponent).build()
                        : null;
                return new ServiceClients(this, stack, started);
            } catch (RuntimeException startFailed) {
                // what started before the failure must not outlive it: worker threads, the stack's pool
                if (started.telemetry != null) {
                    started.telemetry.close(ABANDON_DEADLINE);
                }
                if (started.registry != null) {
                    started.registry.close();
                }
                if (http == null && stack != null) {
                    HttpStack.shutdown(stack);
                }
                throw startFailed;
            }
        }
    }

    /** What {@link Builder#build()} has started so far, so a failure can stop exactly that. */
    private static final class Started {
        BatchingTelemetryClient telemetry;
        HttpLearningClient learning;
        ServiceRegistryClient registry;
        TelemetryEndpoint endpoint;
    }
}
