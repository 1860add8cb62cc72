package io.wickedzerg.services.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wickedzerg.services.settings.Secret;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A service's own entry in the registry: registered at start, renewed every third of its TTL by
 * registering again (which also brings it back after the registry restarted), removed at shutdown.
 * A registry that does not answer is logged once per outage, never fatal.
 */
final class SelfRegistration implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SelfRegistration.class);

    private final URI registry;
    private final String name;
    private final String instanceId;
    private final URI url;
    private final Duration ttl;
    private final Optional<Secret> apiKey;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final ScheduledExecutorService heartbeat;
    private volatile boolean reachable = true;

    SelfRegistration(URI registry, String name, String instanceId, URI url, Duration ttl, Optional<Secret> apiKey) {
        this.registry = registry;
        this.name = name;
        this.instanceId = instanceId;
        this.url = url;
        this.ttl = ttl;
        this.apiKey = apiKey;
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, name + "-registration");
            thread.setDaemon(true);
            return thread;
        });
    }

    void start() {
        long every = Math.max(100, ttl.toMillis() / 3);
        heartbeat.scheduleWithFixedDelay(this::register, 0, every, TimeUnit.MILLISECONDS);
    }

    private void register() {
        try {
            HttpResponse<String> answer = http.send(request(URI.create(registry + "/api/services"))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body())).header("Content-Type", "application/json")
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() / 100 == 2) {
                if (!reachable) {
                    LOG.info("registered {} at {} again", name, registry);
                }
                reachable = true;
            } else {
                outage("answered " + answer.statusCode());
            }
        } catch (IOException e) {
            outage(e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void outage(String why) {
        if (reachable) {
            LOG.warn("registry {} did not take the registration of {}: {}; retrying every {} s", registry, name, why,
                    Math.max(1, ttl.toSeconds() / 3));
        }
        reachable = false;
    }

    private byte[] body() throws JsonProcessingException {
        Map<String, Object> metadata = new LinkedHashMap<>();
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        metadata.put("load", Math.max(0, Math.round(load * 100) / 100.0));
        metadata.put("pid", ProcessHandle.current().pid());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("url", url.toString());
        body.put("instance_id", instanceId);
        body.put("ttl_seconds", Math.max(1, ttl.toSeconds()));
        body.put("metadata", metadata);
        return json.writeValueAsBytes(body);
    }

    private HttpRequest.Builder request(URI uri) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(3));
        apiKey.ifPresent(key -> builder.header("Authorization", "Bearer " + key.reveal()));
        return builder;
    }

    /** Stops the heartbeat first, so no registration can follow the removal. */
    @Override
    public void close() {
        heartbeat.shutdownNow();
        try {
            heartbeat.awaitTermination(5, TimeUnit.SECONDS);
            URI delete = URI.create(registry + "/api/services/" + name + "?instance_id="
                    + URLEncoder.encode(instanceId, StandardCharsets.UTF_8));
            http.send(request(delete).DELETE().build(), HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            LOG.info("registry {} not told that {} stopped ({}); its TTL will expire it", registry, name, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
