package io.wickedzerg.services.dashboard;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/**
 * Where the services behind the dashboard are, from one registry read shared by the page's requests
 * of a poll: a page asks for several panels at once, and each would otherwise ask the registry again.
 */
public final class Directory {

    private final UpstreamClient client;
    private final DashboardSettings settings;
    private final JsonReader json;
    private final Clock clock;
    private final Duration maxAge;
    private RegistrySnapshot last;
    private Instant lastAt = Instant.MIN;

    public Directory(UpstreamClient client, DashboardSettings settings, JsonReader json, Clock clock, Duration maxAge) {
        this.client = client;
        this.settings = settings;
        this.json = json;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    /** The registry's instances as of at most {@code maxAge} ago; the registry is asked again when older. */
    public synchronized RegistrySnapshot snapshot() {
        Instant now = clock.instant();
        if (last == null || !now.isBefore(lastAt.plus(maxAge))) {
            // the registry is never looked up in itself
            URI registry = settings.registry().configured().orElse(settings.registry().fallback());
            last = RegistrySnapshot.read(client.get(registry, "/api/services").join(), json);
            lastAt = now;
        }
        return last;
    }

    /** The URL to reach {@code upstream} at now, and how it was found. */
    public RegistrySnapshot.Resolved resolve(Upstream upstream) {
        return snapshot().resolve(upstream);
    }

    /** GETs JSON from the telemetry service, wherever it is now. */
    public CompletableFuture<Fetched> telemetryJson(String pathAndQuery) {
        URI telemetry = resolve(settings.telemetry()).url();
        return client.get(telemetry, pathAndQuery).thenApply(answer -> Fetched.read("telemetry", answer, json));
    }

    public DashboardSettings settings() {
        return settings;
    }

    public UpstreamClient client() {
        return client;
    }

    public JsonReader json() {
        return json;
    }
}
