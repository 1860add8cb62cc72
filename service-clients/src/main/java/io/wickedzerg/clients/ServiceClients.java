package io.wickedzerg.clients;

import io.wickedzerg.clients.http.HttpStack;
import io.wickedzerg.clients.learning.HttpLearningClient;
import io.wickedzerg.clients.learning.LearningClients;
import io.wickedzerg.clients.registry.RegistryClients;
import io.wickedzerg.clients.registry.ServiceRegistryClient;
import io.wickedzerg.clients.telemetry.BatchingTelemetryClient;
import io.wickedzerg.clients.telemetry.TelemetryClients;
import io.wickedzerg.config.HybridConfig;
import java.time.Duration;
import java.util.Objects;
import okhttp3.OkHttpClient;

/**
 * The three clients of one bot process on one HTTP stack (one connection pool, one dispatcher).
 * Close it last: it closes the clients it made, then the stack.
 */
public final class ServiceClients implements AutoCloseable {

    private final HybridConfig config;
    private final OkHttpClient http;
    private final BatchingTelemetryClient telemetry;
    private HttpLearningClient learning;
    private ServiceRegistryClient registry;

    private ServiceClients(HybridConfig config, String runId) {
        this.config = Objects.requireNonNull(config, "config");
        this.http = HttpStack.create(config);
        var builder = TelemetryClients.builder(config, runId).httpClient(http);
        this.telemetry = config.isTelemetryRemote() ? builder.buildHttp() : builder.buildLocal();
    }

    public static ServiceClients create(HybridConfig config, String runId) {
        return new ServiceClients(config, runId);
    }

    public BatchingTelemetryClient telemetry() {
        return telemetry;
    }

    /** The remote learning client, made on first use (opens the results spool). */
    public synchronized HttpLearningClient learning() {
        if (learning == null) {
            learning = LearningClients.builder(config).httpClient(http).build();
        }
        return learning;
    }

    public synchronized ServiceRegistryClient registry() {
        if (registry == null) {
            registry = RegistryClients.builder(config).httpClient(http).build();
        }
        return registry;
    }

    public OkHttpClient http() {
        return http;
    }

    @Override
    public synchronized void close() {
        telemetry.close(Duration.ofSeconds(5));
        if (learning != null) {
            learning.close();
        }
        if (registry != null) {
            registry.close();
        }
        HttpStack.shutdown(http);
    }
}
