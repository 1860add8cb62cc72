package io.wickedzerg.services.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ServiceSettingsBuilderTest {

    private final ServiceSettings local = ServiceSettings.local(ServiceName.REGISTRY, 0, Path.of("d"));

    @Test
    void aBuilderChangesOnlyWhatItIsTold() {
        URI registry = URI.create("http://127.0.0.1:8003");
        URI telemetry = URI.create("http://127.0.0.1:8001");
        RequestLimits limits = new RequestLimits(10, 20, 3, 4);
        Secret password = Secret.of("pw");

        ServiceSettings built = local.toBuilder().port(9003).bindAddress("0.0.0.0")
                .database("jdbc:postgresql://db/wz", "wz", password).databasePoolSize(2).apiKey("k").limits(limits)
                .registry(registry, Duration.ofSeconds(7)).advertisedUrl(URI.create("http://me:9003"))
                .logShipUrl(telemetry).shutdownGrace(Duration.ofSeconds(3)).build();

        assertThat(built.service()).isEqualTo(ServiceName.REGISTRY);
        assertThat(built.dataDir()).isEqualTo(Path.of("d"));
        assertThat(built.port()).isEqualTo(9003);
        assertThat(built.bindAddress()).isEqualTo("0.0.0.0");
        assertThat(built.databaseUrl()).isEqualTo("jdbc:postgresql://db/wz");
        assertThat(built.databaseUser()).isEqualTo("wz");
        assertThat(built.databasePassword()).isSameAs(password);
        assertThat(built.databasePoolSize()).isEqualTo(2);
        assertThat(built.apiKey()).hasValueSatisfying(key -> assertThat(key.matches("k")).isTrue());
        assertThat(built.limits()).isEqualTo(limits);
        assertThat(built.registryUrl()).contains(registry);
        assertThat(built.registrationTtl()).isEqualTo(Duration.ofSeconds(7));
        assertThat(built.advertisedUrl()).contains(URI.create("http://me:9003"));
        assertThat(built.logShipUrl()).contains(telemetry);
        assertThat(built.shutdownGrace()).isEqualTo(Duration.ofSeconds(3));
        assertThat(built.tls()).isEmpty();
        assertThat(built.scheme()).isEqualTo("http");
    }

    @Test
    void anUntouchedBuilderGivesBackEqualSettings() {
        assertThat(local.toBuilder().build()).isEqualTo(local);
        // field by field: a Secret (the empty password) has no equals, so two local() calls are not equal()
        assertThat(ServiceSettings.builder(ServiceName.REGISTRY, 0, Path.of("d")).build()).usingRecursiveComparison()
                .isEqualTo(local);
    }

    @Test
    void tlsMakesTheSchemeHttps() {
        ServiceSettings tls = local.toBuilder().tls(TlsSettings.pem(Path.of("c.pem"), Path.of("k.pem"))).build();

        assertThat(tls.scheme()).isEqualTo("https");
        assertThat(local.scheme()).as("the original is unchanged").isEqualTo("http");
    }
}
