package io.wickedzerg.clients.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wickedzerg.clients.testing.Await;
import io.wickedzerg.clients.testing.FreePort;
import io.wickedzerg.clients.testing.MutableClock;
import io.wickedzerg.clients.testing.RecordingSleeper;
import io.wickedzerg.clients.testing.WithScriptedServer;
import io.wickedzerg.config.HybridConfig;
import io.wickedzerg.config.Mode;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

class ServiceRegistryClientTest extends WithScriptedServer {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(10);

    private RegistryClients builder(String url) {
        HybridConfig config = HybridConfig.builder().mode(Mode.HYBRID).serviceRegistryUrl(url)
                .dataDir(tmp.resolve("data")).connectionTimeout(Duration.ofMillis(500))
                .retryDelay(Duration.ofMillis(10)).instanceId("bot-7").build();
        return RegistryClients.builder(config).clock(MutableClock.atEpochPlus(0)).sleeper(new RecordingSleeper());
    }

    @Test
    void registerSendsTheEntryAndHeartbeatsUntilDeregistered() throws Exception {
        try (ServiceRegistryClient client = builder(server.url("/").toString())
                .ttl(Duration.ofSeconds(3)).heartbeatInterval(Duration.ofMillis(100)).build()) {
            assertThat(client.register("wicked-zerg", URI.create("http://10.0.0.5:9000"), Map.of("race", "zerg")))
                    .isTrue();
            RecordedRequest first = server.takeRequest(5, TimeUnit.SECONDS);
            assertThat(first.getMethod()).isEqualTo("POST");
            assertThat(first.getPath()).isEqualTo("/api/services");
            JsonNode body = JSON.readTree(first.getBody().readUtf8());
            assertThat(body.path("name").asText()).isEqualTo("wicked-zerg");
            assertThat(body.path("url").asText()).isEqualTo("http://10.0.0.5:9000");
            assertThat(body.path("ttl_seconds").asLong()).isEqualTo(3);
            assertThat(body.path("instance_id").asText()).isEqualTo("bot-7");
            assertThat(body.path("metadata").path("race").asText()).isEqualTo("zerg");

            // two heartbeats, each a repeated registration
            for (int i = 0; i < 2; i++) {
                RecordedRequest beat = server.takeRequest(5, TimeUnit.SECONDS);
                assertThat(beat).as("heartbeat %d", i).isNotNull();
                assertThat(beat.getPath()).isEqualTo("/api/services");
            }
            assertThat(client.deregister("wicked-zerg")).isTrue();
            RecordedRequest delete = takeUntilMethod("DELETE");
            assertThat(delete.getPath()).isEqualTo("/api/services/wicked-zerg?instance_id=bot-7");
            assertThat(client.registered()).isEmpty();
            int afterDeregister = server.getRequestCount();
            // no heartbeat after deregistering: wait out three intervals, then count again
            assertThat(server.takeRequest(350, TimeUnit.MILLISECONDS)).isNull();
            assertThat(server.getRequestCount()).isEqualTo(afterDeregister);
        }
    }

    @Test
    void deregisterCannotBeOvertakenByAHeartbeatAlreadyInFlight() throws Exception {
        HeldHeartbeatRegistry registry = new HeldHeartbeatRegistry();
        server.setDispatcher(registry);
        try (ServiceRegistryClient client = builder(server.url("/").toString())
                .ttl(Duration.ofSeconds(30)).heartbeatInterval(Duration.ofMillis(20)).build()) {
            assertThat(client.register("wicked-zerg", URI.create("http://10.0.0.5:9000"), Map.of())).isTrue();
            registry.holdNextPost();
            Await.until(WAIT, registry::isHolding, () -> "no heartbeat reached the registry");

            AtomicBoolean deregistered = new AtomicBoolean();
            Thread caller = new Thread(() -> deregistered.set(client.deregister("wicked-zerg")));
            caller.start();
            // either the DELETE overtakes the held heartbeat, or deregister waits for it
            Await.until(WAIT, () -> registry.finished().contains("DELETE wicked-zerg")
                    || caller.getState() == Thread.State.WAITING || caller.getState() == Thread.State.TIMED_WAITING,
                    () -> "deregister neither sent nor waited: " + caller.getState());
            registry.release();
            caller.join(WAIT.toMillis());
            Await.until(WAIT, registry::heldPostApplied, () -> "the held heartbeat never finished");

            assertThat(deregistered).isTrue();
            assertThat(registry.finished()).endsWith("POST wicked-zerg", "DELETE wicked-zerg");
            assertThat(registry.isRegistered("wicked-zerg")).as("registered again by a late heartbeat").isFalse();
        }
    }

    private RecordedRequest takeUntilMethod(String method) throws InterruptedException {
        for (int i = 0; i < 20; i++) {
            RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
            if (request != null && request.getMethod().equals(method)) {
                return request;
            }
        }
        throw new AssertionError("no " + method + " request");
    }

    @Test
    void discoverAnswersFromTheRegistryThenFromTheStaleCacheWhenItIsGone() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(200).setBody(
                "{\"name\":\"telemetry\",\"url\":\"http://10.0.0.9:8001\",\"healthy\":true,"
                        + "\"last_seen\":\"2024-06-01T11:59:50Z\",\"metadata\":{\"version\":\"1.2\"}}"));
        try (ServiceRegistryClient client = builder(server.url("/").toString()).build()) {
            Optional<ServiceInstance> fresh = client.discover("telemetry");
            assertThat(fresh).contains(new ServiceInstance("telemetry", URI.create("http://10.0.0.9:8001"), true,
                    Instant.parse("2024-06-01T11:59:50Z"), Map.of("version", "1.2"), false));
            assertThat(server.takeRequest(5, TimeUnit.SECONDS).getPath()).isEqualTo("/api/services/telemetry");
        }
        try (ServiceRegistryClient offline = builder("http://127.0.0.1:" + FreePort.find()).build()) {
            ServiceInstance cached = offline.discover("telemetry").orElseThrow();
            assertThat(cached.stale()).isTrue();
            assertThat(cached.url()).isEqualTo(URI.create("http://10.0.0.9:8001"));
            assertThat(cached.lastSeen()).isEqualTo(Instant.parse("2024-06-01T11:59:50Z"));
            assertThat(offline.discover("learning")).isEmpty();
        }
    }

    @Test
    void unknownServiceIsEmptyNotStale() {
        server.enqueue(new MockResponse().setResponseCode(404));
        try (ServiceRegistryClient client = builder(server.url("/").toString()).build()) {
            assertThat(client.discover("nothing-here")).isEmpty();
        }
    }

    @Test
    void registryDownAtRegistrationIsReportedAndTheHeartbeatKeepsTrying() throws Exception {
        int port = FreePort.find();
        try (ServiceRegistryClient client = builder("http://127.0.0.1:" + port).build()) {
            assertThat(client.register("wicked-zerg", URI.create("http://h:1"), Map.of())).isFalse();
            assertThat(client.registered()).containsExactly("wicked-zerg");
        }
    }

    @Test
    void badServiceNameIsRefusedNamingTheAllowedValues() {
        try (ServiceRegistryClient client = builder(server.url("/").toString()).build()) {
            assertThatThrownBy(() -> client.discover("a/b")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("name").hasMessageContaining("A-Z a-z 0-9 . _ -");
        }
    }
}
