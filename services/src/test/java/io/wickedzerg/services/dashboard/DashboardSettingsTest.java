package io.wickedzerg.services.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wickedzerg.services.dashboard.RegistrySnapshot.Instance;
import io.wickedzerg.services.settings.BadSettingException;
import io.wickedzerg.services.settings.LoadedSettings;
import io.wickedzerg.services.settings.ServiceName;
import io.wickedzerg.services.settings.ServiceSetting;
import io.wickedzerg.services.settings.ServiceSettings;
import io.wickedzerg.services.settings.ServiceSettingsLoader;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where the dashboard looks for each service: a setting, else the registry, else the design's port. */
class DashboardSettingsTest {

    private static LoadedSettings load(Map<String, String> env) {
        return new ServiceSettingsLoader().load(Optional.empty(), env, Map.of());
    }

    private static DashboardSettings dashboard(Map<String, String> env) {
        LoadedSettings loaded = load(env);
        return DashboardSettings.of(loaded, ServiceSettings.of(ServiceName.DASHBOARD, loaded));
    }

    @Test
    void byDefaultEveryServiceIsOnItsDesignPortOnThisHost() {
        DashboardSettings settings = dashboard(Map.of());

        assertThat(ServiceSettings.of(ServiceName.DASHBOARD, load(Map.of())).port()).isEqualTo(8000);
        assertThat(settings.all()).extracting(u -> u.name() + " " + u.fallback() + " " + u.configured().isPresent())
                .containsExactly("telemetry http://127.0.0.1:8001 false", "registry http://127.0.0.1:8003 false",
                        "learning http://127.0.0.1:8002 false", "supervisor http://127.0.0.1:8009 false");
        assertThat(settings.liveWindow()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.upstreamTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.apiKey()).isEmpty();
    }

    @Test
    void theEnvironmentNamesUrlsPortsAndTimes() {
        DashboardSettings settings = dashboard(Map.of("DASHBOARD_TELEMETRY_URL", "http://telemetry-host:9001/",
                "SERVICE_REGISTRY_URL", "http://registry-host:9003", "DASHBOARD_SUPERVISOR_URL", "http://sup:9009",
                "TELEMETRY_PORT", "7001", "SERVICE_BIND_ADDRESS", "0.0.0.0", "DASHBOARD_LIVE_WINDOW", "2.5",
                "DASHBOARD_UPSTREAM_TIMEOUT", "0.5", "SERVICE_API_KEY", "k"));

        assertThat(settings.telemetry().configured()).contains(URI.create("http://telemetry-host:9001"));
        assertThat(settings.telemetry().fallback()).isEqualTo(URI.create("http://127.0.0.1:7001"));
        assertThat(settings.registry().configured()).contains(URI.create("http://registry-host:9003"));
        assertThat(settings.supervisor().configured()).contains(URI.create("http://sup:9009"));
        assertThat(settings.learning().configured()).isEmpty();
        assertThat(settings.liveWindow()).isEqualTo(Duration.ofMillis(2500));
        assertThat(settings.upstreamTimeout()).isEqualTo(Duration.ofMillis(500));
        assertThat(settings.apiKey()).hasValueSatisfying(k -> assertThat(k.reveal()).isEqualTo("k"));
        assertThat(ServiceSetting.portOf(ServiceName.DASHBOARD)).isEqualTo(ServiceSetting.DASHBOARD_PORT);
    }

    @Test
    void aBadUrlIsOneLineNamingTheVariable() {
        assertThatThrownBy(() -> dashboard(Map.of("DASHBOARD_LEARNING_URL", "ftp://x")))
                .isInstanceOf(BadSettingException.class)
                .hasMessage("env DASHBOARD_LEARNING_URL: learning_url: 'ftp://x' is not an http(s) URL; allowed: an"
                        + " http:// or https:// URL, e.g. http://localhost:8003; empty means unset");
    }

    @Test
    void aSettingWinsThenTheRegistrysFirstUsableInstanceThenTheDefault() {
        DashboardSettings settings = dashboard(Map.of("DASHBOARD_LEARNING_URL", "http://learner:1234"));
        RegistrySnapshot registry = new RegistrySnapshot(URI.create("http://127.0.0.1:8003"), null, List.of(
                new Instance("learning", "l-1", "http://elsewhere:1", null, null, null),
                new Instance("telemetry", "t-0", "not a url at all", null, null, null),
                new Instance("telemetry", "t-1", "http://telemetry-a:8001", null, null, null),
                new Instance("supervisor", "s-1", "http://sup-host:8009", null, null, null)));

        assertThat(registry.resolve(settings.learning())).isEqualTo(new RegistrySnapshot.Resolved("learning",
                URI.create("http://learner:1234"), "setting"));
        assertThat(registry.resolve(settings.telemetry())).isEqualTo(new RegistrySnapshot.Resolved("telemetry",
                URI.create("http://telemetry-a:8001"), "registry"));
        assertThat(registry.resolve(settings.supervisor())).as("the supervisor does not register")
                .isEqualTo(new RegistrySnapshot.Resolved("supervisor", URI.create("http://127.0.0.1:8009"), "default"));
        RegistrySnapshot down = new RegistrySnapshot(URI.create("http://127.0.0.1:8003"), "connection refused",
                List.of());
        assertThat(down.resolve(settings.telemetry()).url()).isEqualTo(URI.create("http://127.0.0.1:8001"));
    }
}
