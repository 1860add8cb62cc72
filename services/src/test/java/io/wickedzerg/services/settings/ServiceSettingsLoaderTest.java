package io.wickedzerg.services.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceSettingsLoaderTest {

    @TempDir
    Path dir;
    private final ServiceSettingsLoader loader = new ServiceSettingsLoader();

    @Test
    void defaultsThenFileThenEnvironmentThenFlags() throws Exception {
        Path file = Files.writeString(dir.resolve("services.json"), "{\"telemetry_port\": 9001, \"registry_port\": 9003,"
                + " \"bind_address\": \"0.0.0.0\", \"max_events_per_batch\": 50}");
        LoadedSettings loaded = loader.load(Optional.of(file), Map.of("TELEMETRY_PORT", "9101",
                "SERVICE_API_KEY", "abc"), Map.of(ServiceSetting.TELEMETRY_PORT,
                new ServiceSettingsLoader.Flag("--port", "9201")));

        ServiceSettings telemetry = ServiceSettings.of(ServiceName.TELEMETRY, loaded);
        ServiceSettings registry = ServiceSettings.of(ServiceName.REGISTRY, loaded);

        assertThat(telemetry.port()).isEqualTo(9201);
        assertThat(loaded.source(ServiceSetting.TELEMETRY_PORT)).isEqualTo("flag --port");
        assertThat(registry.port()).isEqualTo(9003);
        assertThat(telemetry.bindAddress()).isEqualTo("0.0.0.0");
        assertThat(telemetry.limits().maxEventsPerBatch()).isEqualTo(50);
        assertThat(telemetry.apiKey()).hasValueSatisfying(key -> assertThat(key.matches("abc")).isTrue());
        assertThat(telemetry.databaseUrl()).isEqualTo("jdbc:sqlite:" + Path.of("data", "services", "telemetry.db"));
        assertThat(telemetry.registrationTtl()).isEqualTo(Duration.ofSeconds(30));
        assertThat(loaded.describe()).contains("api_key = (hidden) (env SERVICE_API_KEY)").doesNotContain("abc");
    }

    @Test
    void errorsNameTheSourceTheKeyAndWhatIsAllowed() throws Exception {
        assertThatThrownBy(() -> loader.load(Optional.empty(), Map.of("REGISTRY_PORT", "eighty"), Map.of()))
                .isInstanceOf(BadSettingException.class)
                .hasMessage("env REGISTRY_PORT: registry_port: 'eighty' is not a whole number; allowed: a whole number"
                        + " 0-65535 (0 picks a free port)");
        Path file = Files.writeString(dir.resolve("bad.json"), "{\"telemetry_prot\": 1}");
        assertThatThrownBy(() -> loader.load(Optional.of(file), Map.of(), Map.of()))
                .hasMessageStartingWith("file " + file + ": unknown key 'telemetry_prot'; known keys: telemetry_port,");
        Path notJson = Files.writeString(dir.resolve("x.json"), "{");
        assertThatThrownBy(() -> loader.load(Optional.of(notJson), Map.of(), Map.of()))
                .hasMessageStartingWith("file " + notJson + ": not JSON");
        LoadedSettings mysql = loader.load(Optional.empty(), Map.of("SERVICE_DB_URL", "jdbc:mysql://h/db?password=x"),
                Map.of());
        assertThatThrownBy(() -> ServiceSettings.of(ServiceName.TELEMETRY, mysql))
                .hasMessage("env SERVICE_DB_URL: database_url: 'jdbc:mysql://h/db' is not a supported database;"
                        + " allowed: jdbc:sqlite:<file> or jdbc:postgresql://host/db");
        LoadedSettings halfTls = loader.load(Optional.empty(), Map.of("SERVICE_TLS_CERT", "c.pem"), Map.of());
        assertThatThrownBy(() -> ServiceSettings.of(ServiceName.TELEMETRY, halfTls))
                .hasMessageContaining("tls_cert: needs tls_key");
    }

    @Test
    void aPlainPathIsAnSqliteFile() {
        LoadedSettings loaded = loader.load(Optional.empty(), Map.of(), Map.of(ServiceSetting.DATABASE_URL,
                new ServiceSettingsLoader.Flag("--db", "/tmp/x.db")));
        assertThat(ServiceSettings.of(ServiceName.REGISTRY, loaded).databaseUrl()).isEqualTo("jdbc:sqlite:/tmp/x.db");
    }
}
