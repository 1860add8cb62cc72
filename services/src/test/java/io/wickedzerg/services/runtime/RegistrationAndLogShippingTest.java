package io.wickedzerg.services.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wickedzerg.services.http.TestHttp;
import io.wickedzerg.services.settings.ServiceName;
import io.wickedzerg.services.settings.ServiceSettings;
import io.wickedzerg.services.testing.Await;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** A service lists itself in the registry while it runs, and its WARN/ERROR lines reach the telemetry service. */
class RegistrationAndLogShippingTest {

    @TempDir
    Path dir;

    @Test
    void aServiceRegistersItselfShipsItsWarningsAndLeavesTheRegistryAtShutdown() throws Exception {
        try (RunningService registry = RunningService.start(ServiceSettings.local(ServiceName.REGISTRY, 0,
                dir.resolve("r")), Clock.systemUTC())) {
            TestHttp r = new TestHttp(registry.baseUrl());
            RunningService telemetry = RunningService.start(ServiceSettings.builder(ServiceName.TELEMETRY, 0,
                    dir.resolve("t")).registry(registry.baseUrl(), Duration.ofSeconds(30)).build(), Clock.systemUTC());
            TestHttp t = new TestHttp(telemetry.baseUrl());
            RunningService shipping = RunningService.start(ServiceSettings.builder(ServiceName.REGISTRY, 0,
                    dir.resolve("r2")).logShipUrl(telemetry.baseUrl()).build(), Clock.systemUTC());
            try {
                Await.until("the telemetry service in the registry", Duration.ofSeconds(30),
                        () -> r.get("/api/services/telemetry").status() == 200);
                JsonNode listed = r.get("/api/services/telemetry").json();
                assertThat(listed.get("url").asText()).isEqualTo(telemetry.baseUrl().toString());
                assertThat(listed.get("instance_id").asText()).startsWith("telemetry-");

                LoggerFactory.getLogger("io.wickedzerg.services.example").warn("disk nearly full: {} left", "3%");
                Await.until("the registry's warning at the telemetry service", Duration.ofSeconds(30),
                        () -> t.get("/api/logs?service=registry").json().get("lines").size() > 0);
                JsonNode line = t.get("/api/logs?service=registry").json().get("lines").get(0);
                assertThat(line.get("message").asText()).isEqualTo("disk nearly full: 3% left");
                assertThat(line.get("level").asText()).isEqualTo("WARN");
            } finally {
                shipping.close();
                telemetry.close();
            }
            assertThat(r.get("/api/services/telemetry").status()).isEqualTo(404);
        }
    }
}
