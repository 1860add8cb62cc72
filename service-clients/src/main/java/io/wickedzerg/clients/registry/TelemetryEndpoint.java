package io.wickedzerg.clients.registry;

import io.wickedzerg.config.HybridConfig;
import java.net.URI;

/**
 * Where the telemetry client of this process sends, and why there.
 *
 * @param url          the telemetry service's base URL
 * @param fromRegistry true when the registry named it, false for the configured {@code telemetry_service_url}
 * @param line         one line for the log: the URL and the reason
 */
public record TelemetryEndpoint(URI url, boolean fromRegistry, String line) {

    /** The config the telemetry client is built from: {@code config} with this endpoint's URL. */
    public HybridConfig applyTo(HybridConfig config) {
        return fromRegistry ? config.toBuilder().telemetryServiceUrl(url.toString()).build() : config;
    }
}
