package io.wickedzerg.services.registry;

import java.util.Map;

/**
 * One service instance as registered.
 *
 * @param load       from {@code metadata.load}, 0 when absent: discovery answers the least loaded first
 * @param lastSeenMs the last registration or heartbeat
 * @param expiresMs  when it disappears without another heartbeat
 */
public record Registration(String name, String instanceId, String url, int ttlSeconds, Map<String, String> metadata,
                           double load, long registeredMs, long lastSeenMs, long expiresMs) {
}
