package io.wickedzerg.bot.game;

import io.wickedzerg.clients.registry.ServiceRegistryClient;
import io.wickedzerg.config.HybridConfig;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A bot in hybrid mode lists itself in the service registry for as long as it runs, so the dashboard can show
 * which bots are live. A registry that does not answer is no error: the registry client's heartbeat keeps
 * trying, and the bot plays either way. A bot serves no HTTP, so its url names the host and instance
 * ({@code bot://host/instance}) rather than an endpoint.
 */
final class BotRegistration implements AutoCloseable {
    static final String NAME = "wicked-zerg-bot";
    private static final Logger LOG = LoggerFactory.getLogger(BotRegistration.class);

    private final ServiceRegistryClient registry;
    private final boolean registered;

    private BotRegistration(ServiceRegistryClient registry, boolean registered) {
        this.registry = registry;
        this.registered = registered;
    }

    /** None in local mode; in hybrid mode one registration, tried once now and then by heartbeat. */
    static BotRegistration start(HybridConfig config, String runId, Supplier<ServiceRegistryClient> registries) {
        if (!config.isHybridMode()) {
            return new BotRegistration(null, false);
        }
        ServiceRegistryClient registry = registries.get();
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("kind", "bot");
        metadata.put("run_id", runId);
        metadata.put("mode", config.mode().name().toLowerCase(java.util.Locale.ROOT));
        metadata.put("pid", String.valueOf(ProcessHandle.current().pid()));
        boolean registered = false;
        try {
            registered = registry.register(NAME, URI.create("bot://" + host() + "/" + config.instanceId()), metadata);
        } catch (RuntimeException e) {
            LOG.info("registration in the service registry failed: {}", e.toString());
        }
        if (registered) {
            LOG.info("registered in the service registry {} as {}/{}", config.serviceRegistryUrl(), NAME,
                    config.instanceId());
        } else {
            LOG.info("service registry {} did not answer; this bot is not listed (the heartbeat keeps trying)",
                    config.serviceRegistryUrl());
        }
        return new BotRegistration(registry, registered);
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName().replaceAll("[^A-Za-z0-9.-]", "-");
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    boolean attempted() {
        return registry != null;
    }

    /** Whether the registry took the registration at start. */
    boolean registered() {
        return registered;
    }

    /** Removes the entry (the registry client waits for a heartbeat already in flight). */
    @Override
    public void close() {
        if (registry != null) {
            registry.deregister(NAME);
        }
    }
}
