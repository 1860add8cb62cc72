package io.wickedzerg.services.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wickedzerg.services.http.TestHttp;
import io.wickedzerg.services.runtime.RunningService;
import io.wickedzerg.services.settings.ServiceName;
import io.wickedzerg.services.settings.ServiceSettings;
import io.wickedzerg.services.testing.ManualClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryServiceTest {

    @TempDir
    Path dir;
    private final ManualClock clock = new ManualClock(Instant.parse("2026-12-02T10:00:00Z"));
    private RunningService registry;
    private TestHttp http;

    @BeforeEach
    void start() {
        registry = RunningService.start(ServiceSettings.local(ServiceName.REGISTRY, 0, dir), clock);
        http = new TestHttp(registry.baseUrl());
    }

    @AfterEach
    void stop() {
        registry.close();
    }

    private TestHttp.Answer register(String instance, String url, int ttl, double load) {
        return http.post("/api/services", "{\"name\":\"telemetry\",\"url\":\"" + url + "\",\"instance_id\":\""
                + instance + "\",\"ttl_seconds\":" + ttl + ",\"metadata\":{\"load\":" + load + ",\"zone\":\"a\"}}");
    }

    @Test
    void discoveryAnswersTheLeastLoadedHealthyInstanceAndListsAll() {
        assertThat(register("t-1", "http://host-1:8001", 30, 0.9).status()).isEqualTo(200);
        register("t-2", "http://host-2:8001", 30, 0.1);

        JsonNode found = http.get("/api/services/telemetry").json();

        assertThat(found.get("url").asText()).isEqualTo("http://host-2:8001");
        assertThat(found.get("healthy").asBoolean()).isTrue();
        assertThat(found.get("metadata").get("zone").asText()).isEqualTo("a");
        assertThat(found.get("instances")).extracting(n -> n.get("instance_id").asText()).containsExactly("t-2", "t-1");
        assertThat(http.get("/api/services").json().get("services").get(0).get("instances")).hasSize(2);
    }

    @Test
    void anInstanceDisappearsWhenItsTtlPassesWithoutAHeartbeat() {
        register("t-1", "http://host-1:8001", 30, 0);
        register("t-2", "http://host-2:8001", 10, 0);

        clock.advance(Duration.ofSeconds(8));
        assertThat(http.method("PUT", "/api/services/telemetry?instance_id=t-2", null).status()).isEqualTo(200);
        clock.advance(Duration.ofSeconds(8)); // t-2 renewed at 8 s: alive until 18 s
        assertThat(http.get("/api/services/telemetry").json().get("instances")).hasSize(2);
        clock.advance(Duration.ofSeconds(3)); // 19 s: t-2 is gone, t-1 (30 s) is not
        JsonNode left = http.get("/api/services/telemetry").json();
        assertThat(left.get("instances")).extracting(n -> n.get("instance_id").asText()).containsExactly("t-1");
        clock.advance(Duration.ofSeconds(12)); // 31 s: both gone
        assertThat(http.get("/api/services/telemetry").status()).isEqualTo(404);
        assertThat(http.method("PUT", "/api/services/telemetry?instance_id=t-1", null).status()).isEqualTo(404);
    }

    @Test
    void aRepeatedRegistrationIsTheHeartbeatAndDeleteRemovesOneInstance() {
        register("t-1", "http://host-1:8001", 10, 0);
        clock.advance(Duration.ofSeconds(9));
        register("t-1", "http://host-1:8001", 10, 0);
        register("t-2", "http://host-2:8001", 10, 0);
        clock.advance(Duration.ofSeconds(9));

        assertThat(http.get("/api/services/telemetry").json().get("instances")).hasSize(2);
        assertThat(http.method("DELETE", "/api/services/telemetry?instance_id=t-1", null).json().get("removed")
                .asBoolean()).isTrue();
        assertThat(http.get("/api/services/telemetry").json().get("url").asText()).isEqualTo("http://host-2:8001");
        assertThat(http.method("DELETE", "/api/services/telemetry", null).json().get("field").asText())
                .isEqualTo("instance_id");
    }

    @Test
    void aBadRegistrationNamesTheField() {
        TestHttp.Answer noUrl = http.post("/api/services", "{\"name\":\"t\",\"instance_id\":\"i\",\"ttl_seconds\":5}");
        TestHttp.Answer badTtl = http.post("/api/services", "{\"name\":\"t\",\"url\":\"http://h:1\",\"instance_id\":\"i\","
                + "\"ttl_seconds\":\"5\"}");
        TestHttp.Answer badLoad = http.post("/api/services", "{\"name\":\"t\",\"url\":\"http://h:1\",\"instance_id\":\"i\","
                + "\"ttl_seconds\":5,\"metadata\":{\"load\":\"high\"}}");

        assertThat(noUrl.status()).isEqualTo(400);
        assertThat(noUrl.json().get("field").asText()).isEqualTo("url");
        assertThat(badTtl.json().get("field").asText()).isEqualTo("ttl_seconds");
        assertThat(badLoad.json().get("field").asText()).isEqualTo("metadata.load");
        assertThat(http.get("/api/services").json().get("services")).isEmpty();
    }
}
