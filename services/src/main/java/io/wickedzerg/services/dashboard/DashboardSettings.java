package io.wickedzerg.services.dashboard;

import io.wickedzerg.services.settings.LoadedSettings;
import io.wickedzerg.services.settings.Secret;
import io.wickedzerg.services.settings.ServiceSetting;
import io.wickedzerg.services.settings.ServiceSettings;
import io.wickedzerg.services.settings.ServiceSettingsLoader;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the dashboard reads and how: the services behind it, when a game counts as live, how long it
 * waits for an answer, and the API key it sends them (the same {@code api_key} every service checks).
 */
public record DashboardSettings(Upstream telemetry, Upstream registry, Upstream learning, Upstream supervisor,
                                Duration liveWindow, Duration upstreamTimeout, Optional<Secret> apiKey) {

    /** {@code run.sh services}' default {@code --supervisor-port}. */
    static final int SUPERVISOR_PORT = 8009;

    public DashboardSettings {
        Objects.requireNonNull(telemetry, "telemetry");
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(learning, "learning");
        Objects.requireNonNull(supervisor, "supervisor");
        Objects.requireNonNull(apiKey, "apiKey");
        if (liveWindow.isNegative() || liveWindow.isZero() || upstreamTimeout.isNegative() || upstreamTimeout.isZero()) {
            throw new IllegalArgumentException("liveWindow and upstreamTimeout must be > 0");
        }
    }

    /** From the loaded settings; {@code self} gives the host the defaults point at and the API key. */
    public static DashboardSettings of(LoadedSettings loaded, ServiceSettings self) {
        String host = host(self.bindAddress());
        return new DashboardSettings(
                new Upstream("telemetry", url(loaded, ServiceSetting.TELEMETRY_URL), true,
                        local(host, (int) loaded.value(ServiceSetting.TELEMETRY_PORT))),
                new Upstream("registry", self.registryUrl(), false,
                        local(host, (int) loaded.value(ServiceSetting.REGISTRY_PORT))),
                new Upstream("learning", url(loaded, ServiceSetting.LEARNING_URL), true, local(host, (int) loaded.value(ServiceSetting.LEARNING_PORT))),
                new Upstream("supervisor", url(loaded, ServiceSetting.SUPERVISOR_URL), false,
                        local(host, SUPERVISOR_PORT)),
                (Duration) loaded.value(ServiceSetting.DASHBOARD_LIVE_WINDOW),
                (Duration) loaded.value(ServiceSetting.DASHBOARD_UPSTREAM_TIMEOUT), self.apiKey());
    }

    /** The defaults of every setting, with {@code self}'s host, registry URL and API key. */
    public static DashboardSettings defaults(ServiceSettings self) {
        return of(new ServiceSettingsLoader().load(Optional.empty(), Map.of(), Map.of()), self);
    }

    /** The services in the order the health panel lists them. */
    public List<Upstream> all() {
        return List.of(telemetry, registry, learning, supervisor);
    }

    private static Optional<URI> url(LoadedSettings loaded, ServiceSetting setting) {
        return loaded.value(setting) instanceof URI uri ? Optional.of(uri) : Optional.empty();
    }

    private static String host(String bindAddress) {
        return bindAddress.equals("0.0.0.0") || bindAddress.equals("::") ? "127.0.0.1" : bindAddress;
    }

    private static URI local(String host, int port) {
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port);
    }
}
