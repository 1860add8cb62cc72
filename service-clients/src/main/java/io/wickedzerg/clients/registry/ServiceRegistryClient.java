package io.wickedzerg.clients.registry;

import io.wickedzerg.clients.http.Deadline;
import io.wickedzerg.clients.http.Outcome;
import io.wickedzerg.clients.http.ResilientSender;
import io.wickedzerg.clients.io.AtomicFiles;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service registry: {@code POST /api/services} registers (and, repeated, is the heartbeat that
 * keeps the entry within its TTL), {@code DELETE /api/services/{name}} deregisters,
 * {@code GET /api/services/{name}} discovers. Every successful discovery is written to a local cache
 * file, which answers (marked stale) when the registry cannot be reached.
 */
public final class ServiceRegistryClient implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceRegistryClient.class);
    private static final MediaType JSON = MediaType.get("application/json");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final URI registryUrl;
    private final ResilientSender sender;
    private final ScheduledExecutorService scheduler;
    private final Path cacheFile;
    private final Duration ttl;
    private final Duration heartbeatInterval;
    private final String instanceId;
    private final Duration callTimeout;
    private final Runnable release;
    private final RegistryJson json = new RegistryJson();
    private final Map<String, ScheduledFuture<?>> heartbeats = new ConcurrentHashMap<>();
    private final Object cacheLock = new Object();

    ServiceRegistryClient(URI registryUrl, ResilientSender sender, ScheduledExecutorService scheduler, Path cacheFile,
                          Duration ttl, Duration heartbeatInterval, String instanceId, Duration callTimeout,
                          Runnable release) {
        this.registryUrl = registryUrl;
        this.sender = sender;
        this.scheduler = scheduler;
        this.cacheFile = cacheFile;
        this.ttl = ttl;
        this.heartbeatInterval = heartbeatInterval;
        this.instanceId = instanceId;
        this.callTimeout = callTimeout;
        this.release = release;
    }

    /**
     * Registers now and keeps the registration alive with a heartbeat every TTL/3 until
     * {@link #deregister}. Returns whether the registry took the first registration; when it did not,
     * the heartbeat keeps trying.
     */
    public boolean register(String name, URI url, Map<String, String> metadata) {
        checkName(name);
        Objects.requireNonNull(url, "url");
        byte[] body = json.registration(name, url, metadata == null ? Map.of() : metadata, ttl, instanceId);
        boolean registered = post(name, body);
        ScheduledFuture<?> previous = heartbeats.put(name, scheduler.scheduleWithFixedDelay(() -> post(name, body),
                heartbeatInterval.toNanos(), heartbeatInterval.toNanos(), TimeUnit.NANOSECONDS));
        if (previous != null) {
            previous.cancel(false);
        }
        return registered;
    }

    private boolean post(String name, byte[] body) {
        Request request = new Request.Builder().url(servicesUrl().build())
                .post(RequestBody.create(body, JSON)).build();
        Outcome outcome = sender.send(request, Deadline.after(callTimeout));
        if (!outcome.isDelivered()) {
            LOG.debug("registration of {} not accepted: {}", name, outcome);
        }
        return outcome.isDelivered();
    }

    /**
     * Stops the heartbeat and removes the entry; false when the registry could not be told (the TTL will
     * expire it). Waits for a heartbeat already in flight (bounded by its call timeout): answered after
     * the removal, it would register the name again.
     */
    public boolean deregister(String name) {
        checkName(name);
        ScheduledFuture<?> heartbeat = heartbeats.remove(name);
        if (heartbeat != null) {
            heartbeat.cancel(false);
        }
        Request request = new Request.Builder()
                .url(servicesUrl().addPathSegment(name).addQueryParameter("instance_id", instanceId).build())
                .delete().build();
        Callable<Boolean> delete = () -> sender.send(request, Deadline.after(callTimeout)).isDelivered();
        try {
            // heartbeats run one at a time on the scheduler's thread: queued there, the removal goes after them
            return scheduler.submit(delete).get();
        } catch (RejectedExecutionException closed) {
            return callQuietly(delete); // the scheduler is shut down: no heartbeat can be in flight
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException unexpected) {
            LOG.warn("deregistering {} failed: {}", name, unexpected.getCause().toString());
            return false;
        }
    }

    private static boolean callQuietly(Callable<Boolean> call) {
        try {
            return call.call();
        } catch (Exception unexpected) {
            LOG.warn("registry call failed: {}", unexpected.toString());
            return false;
        }
    }

    /** The registry's answer, else the cached one marked stale, else empty. */
    public Optional<ServiceInstance> discover(String name) {
        return lookup(name).asDiscovered();
    }

    /**
     * Asks the registry once (retries and all within the call timeout) and says how it went: the answer, no
     * such service (404), or no usable answer together with the cached one, marked stale.
     */
    public Discovery lookup(String name) {
        checkName(name);
        Request request = new Request.Builder().url(servicesUrl().addPathSegment(name).build()).get().build();
        Outcome outcome = sender.send(request, Deadline.after(callTimeout));
        String reason;
        if (outcome instanceof Outcome.Delivered ok) {
            try {
                ServiceInstance fresh = json.instance(ok.body());
                remember(fresh);
                return new Discovery.Answered(fresh);
            } catch (IOException malformed) {
                LOG.warn("registry answered {} with an unusable body: {}", name, malformed.getMessage());
                reason = "unusable answer: " + malformed.getMessage();
            }
        } else if (outcome instanceof Outcome.Rejected rejected) {
            if (rejected.code() == 404) {
                return new Discovery.NotRegistered();
            }
            reason = "HTTP " + rejected.code() + " " + rejected.reason();
        } else {
            reason = ((Outcome.Unavailable) outcome).reason();
        }
        return new Discovery.Unanswered(reason, Optional.ofNullable(readCache().get(name)).map(ServiceInstance::asStale));
    }

    /** The names with a running heartbeat. */
    public java.util.Set<String> registered() {
        return java.util.Set.copyOf(heartbeats.keySet());
    }

    private HttpUrl.Builder servicesUrl() {
        return HttpUrl.get(registryUrl + "/api/services").newBuilder();
    }

    private void remember(ServiceInstance instance) {
        synchronized (cacheLock) {
            Map<String, ServiceInstance> cached = new TreeMap<>(readCache());
            cached.put(instance.name(), instance);
            try {
                AtomicFiles.replace(cacheFile, json.cache(cached));
            } catch (IOException disk) {
                LOG.warn("registry cache {} not written: {}", cacheFile, disk.toString());
            }
        }
    }

    private Map<String, ServiceInstance> readCache() {
        synchronized (cacheLock) {
            if (!Files.isRegularFile(cacheFile)) {
                return Map.of();
            }
            try {
                return json.cache(Files.readAllBytes(cacheFile));
            } catch (IOException unreadable) {
                LOG.warn("registry cache {} unreadable: {}", cacheFile, unreadable.getMessage());
                return Map.of();
            }
        }
    }

    private static void checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("name: '" + name + "' is not a service name; use 1-64 of"
                    + " A-Z a-z 0-9 . _ -, starting with a letter or digit");
        }
    }

    /** Deregisters every name still registered (best effort) and stops the heartbeat thread. */
    @Override
    public void close() {
        for (String name : registered()) {
            deregister(name);
        }
        scheduler.shutdownNow();
        sender.abort();
        release.run();
    }
}
