package io.wickedzerg.clients.registry;

import java.net.URI;
import java.time.Instant;
import java.util.Map;

/**
 * What the registry knows of a service.
 *
 * @param healthy  the registry's view: heartbeats arrive within the TTL
 * @param lastSeen the last heartbeat the registry received
 * @param stale    true when this answer came from the local cache because the registry was unreachable
 */
public record ServiceInstance(String name, URI url, boolean healthy, Instant lastSeen, Map<String, String> metadata,
                              boolean stale) {

    public ServiceInstance {
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }

    ServiceInstance asStale() {
        return new ServiceInstance(name, url, healthy, lastSeen, metadata, true);
    }
}
