package io.wickedzerg.clients.registry;

import io.wickedzerg.config.ConfigException;
import io.wickedzerg.config.HybridConfig;
import io.wickedzerg.config.Setting;
import java.net.URI;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Picks the telemetry service's URL once, at start: the registry's healthy {@code telemetry} instance, so
 * a bot on another machine finds the service wherever it runs; otherwise the configured
 * {@code telemetry_service_url}, so a registry that is down or empty never stops telemetry. A stale answer
 * (the registry's cache on disk, from an earlier run) is not trusted over the configuration: the service
 * may have moved since, while the configured URL is what the operator asked for now.
 */
public final class TelemetryDiscovery {

    public static final String SERVICE = "telemetry";
    private static final Logger LOG = LoggerFactory.getLogger(TelemetryDiscovery.class);

    private final ServiceRegistryClient registry;

    public TelemetryDiscovery(ServiceRegistryClient registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    /**
     * Asks the registry (bounded by the registry client's call timeout, on the caller's thread: call it
     * before a game starts) and logs the one line that says which URL and why. Never throws.
     */
    public TelemetryEndpoint choose(HybridConfig config) {
        TelemetryEndpoint endpoint = resolve(config);
        LOG.info(endpoint.line());
        return endpoint;
    }

    TelemetryEndpoint resolve(HybridConfig config) {
        String registryUrl = "the service registry " + config.serviceRegistryUrl();
        Discovery answer;
        try {
            answer = registry.lookup(SERVICE);
        } catch (RuntimeException unexpected) {
            return configured(config, registryUrl + " failed (" + unexpected + ")");
        }
        if (answer instanceof Discovery.NotRegistered) {
            return configured(config, registryUrl + " has no '" + SERVICE + "' instance");
        }
        if (answer instanceof Discovery.Unanswered unanswered) {
            String why = registryUrl + " did not answer (" + unanswered.reason() + ")";
            return configured(config, unanswered.cached()
                    .map(stale -> why + "; its cached answer " + stale.url() + " (last seen " + stale.lastSeen()
                            + ") is stale and not used")
                    .orElse(why));
        }
        ServiceInstance instance = ((Discovery.Answered) answer).instance();
        if (!instance.healthy()) {
            return configured(config, registryUrl + " has no healthy '" + SERVICE + "' instance (" + instance.url()
                    + " is not healthy)");
        }
        try {
            // the same check as a configured URL gets, so the client never starts on something it cannot use
            config.toBuilder().telemetryServiceUrl(instance.url().toString()).build();
        } catch (ConfigException unusable) {
            return configured(config, registryUrl + " named " + instance.url() + ", which is unusable: "
                    + unusable.getMessage());
        }
        return new TelemetryEndpoint(instance.url(), true, "telemetry goes to " + instance.url() + ": the healthy '"
                + SERVICE + "' instance " + registryUrl + " named (last seen " + instance.lastSeen() + ")");
    }

    private static TelemetryEndpoint configured(HybridConfig config, String why) {
        URI url = config.telemetryServiceUrl();
        return new TelemetryEndpoint(url, false, "telemetry goes to " + url + ", the configured "
                + Setting.TELEMETRY_SERVICE_URL.jsonKey() + " (" + config.sourceOf(Setting.TELEMETRY_SERVICE_URL)
                + "): " + why);
    }
}
