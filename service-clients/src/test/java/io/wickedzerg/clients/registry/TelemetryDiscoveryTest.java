package io.wickedzerg.clients.registry;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.wickedzerg.clients.ServiceClients;
import io.wickedzerg.clients.telemetry.TelemetryEvent;
import io.wickedzerg.clients.testing.FreePort;
import io.wickedzerg.clients.testing.ScriptedServer;
import io.wickedzerg.clients.testing.WithScriptedServer;
import io.wickedzerg.config.HybridConfig;
import io.wickedzerg.config.Mode;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The bot's telemetry client finds the service through the registry ({@code server} here), and falls back to
 * the configured URL ({@code configured}, a second server) when the registry cannot say.
 */
class TelemetryDiscoveryTest extends WithScriptedServer {

    private MockWebServer configured;
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger discoveryLogger = (Logger) LoggerFactory.getLogger(TelemetryDiscovery.class);

    @BeforeEach
    void start() throws IOException {
        configured = ScriptedServer.start();
        log.start();
        discoveryLogger.addAppender(log);
    }

    @AfterEach
    void stop() throws IOException {
        discoveryLogger.detachAppender(log);
        configured.shutdown();
    }

    private HybridConfig config(String registryUrl) {
        return HybridConfig.builder().mode(Mode.HYBRID).serviceRegistryUrl(registryUrl)
                .telemetryServiceUrl(configured.url("/").toString()).learningServiceEnabled(false)
                .spoolDir(tmp.resolve("spool")).dataDir(tmp.resolve("data")).connectionTimeout(Duration.ofSeconds(2))
                .retryAttempts(0).retryDelay(Duration.ofMillis(10)).closeTimeout(Duration.ofSeconds(2)).build();
    }

    private ServiceClients discovering(String registryUrl) {
        return ServiceClients.builder(config(registryUrl), "run-disc").discoverTelemetry().build();
    }

    private static MockResponse instance(String url, boolean healthy) {
        // extra fields a registry may add (load, instance_id, ...) must not matter
        return new MockResponse().setResponseCode(200).setBody("{\"name\":\"telemetry\",\"url\":\"" + url + "\","
                + "\"healthy\":" + healthy + ",\"last_seen\":\"2024-06-01T11:59:50Z\",\"metadata\":{\"v\":\"1\"},"
                + "\"instance_id\":\"tel-2\",\"load\":{\"queue\":3},\"ttl_seconds\":30}");
    }

    /** Sends one event and returns the request that reached {@code where}. */
    private static RecordedRequest telemetryRequest(ServiceClients clients, MockWebServer where) throws Exception {
        clients.telemetry().send(new TelemetryEvent("g1", 1, "sample", Map.of("minerals", 50)));
        clients.telemetry().flush().get(10, TimeUnit.SECONDS);
        return where.takeRequest(5, TimeUnit.SECONDS);
    }

    private String loggedLine() {
        assertThat(log.list).hasSize(1);
        return log.list.get(0).getFormattedMessage();
    }

    @Test
    void theUrlTheRegistryAnswersIsWhereTelemetryIsPosted() throws Exception {
        try (MockWebServer discovered = ScriptedServer.start()) {
            String url = discovered.url("/").toString().replaceAll("/$", "");
            server.enqueue(instance(url, true));
            try (ServiceClients clients = discovering(server.url("/").toString())) {
                RecordedRequest lookup = server.takeRequest(5, TimeUnit.SECONDS);
                assertThat(lookup.getMethod()).isEqualTo("GET");
                assertThat(lookup.getPath()).isEqualTo("/api/services/telemetry");
                TelemetryEndpoint endpoint = clients.telemetryEndpoint().orElseThrow();
                assertThat(endpoint.fromRegistry()).isTrue();
                assertThat(endpoint.url()).isEqualTo(URI.create(url));

                RecordedRequest posted = telemetryRequest(clients, discovered);
                assertThat(posted.getMethod()).isEqualTo("POST");
                assertThat(posted.getPath()).isEqualTo("/api/telemetry");
                assertThat(configured.getRequestCount()).isZero();
                assertThat(clients.telemetry().describeDestination()).contains(url);
            }
        }
        assertThat(loggedLine()).startsWith("telemetry goes to http://").contains("healthy 'telemetry' instance")
                .contains("last seen 2024-06-01T11:59:50Z");
    }

    @Test
    void noTelemetryInstanceInTheRegistryMeansTheConfiguredUrl() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(404));
        try (ServiceClients clients = discovering(server.url("/").toString())) {
            assertThat(clients.telemetryEndpoint().orElseThrow().fromRegistry()).isFalse();
            assertThat(telemetryRequest(clients, configured).getPath()).isEqualTo("/api/telemetry");
        }
        assertThat(loggedLine()).contains("the configured telemetry_service_url (code)")
                .contains("has no 'telemetry' instance");
    }

    @Test
    void aRegistryThatIsDownMeansTheConfiguredUrl() throws Exception {
        String down = "http://127.0.0.1:" + FreePort.find();
        try (ServiceClients clients = discovering(down)) {
            TelemetryEndpoint endpoint = clients.telemetryEndpoint().orElseThrow();
            assertThat(endpoint.fromRegistry()).isFalse();
            assertThat(endpoint.url()).isEqualTo(config(down).telemetryServiceUrl());
            assertThat(telemetryRequest(clients, configured).getPath()).isEqualTo("/api/telemetry");
        }
        assertThat(loggedLine()).contains("the service registry " + down + " did not answer (connection refused");
    }

    @Test
    void aStaleCachedAnswerDoesNotOverrideTheConfiguredUrl() throws Exception {
        server.enqueue(instance("http://10.9.9.9:8001", true));
        // an earlier run asked a registry that answered: the answer is cached in data_dir
        try (ServiceRegistryClient earlier = RegistryClients.create(config(server.url("/").toString()))) {
            assertThat(earlier.discover("telemetry")).isPresent();
        }
        String down = "http://127.0.0.1:" + FreePort.find();
        try (ServiceClients clients = discovering(down)) {
            assertThat(clients.telemetryEndpoint().orElseThrow().fromRegistry()).isFalse();
            assertThat(telemetryRequest(clients, configured)).isNotNull();
        }
        assertThat(loggedLine()).contains("did not answer")
                .contains("its cached answer http://10.9.9.9:8001 (last seen 2024-06-01T11:59:50Z) is stale and not used");
    }

    @Test
    void anUnhealthyOrUnusableInstanceMeansTheConfiguredUrl() {
        server.enqueue(instance("http://10.9.9.9:8001", false));
        server.enqueue(instance("ftp://10.9.9.9/telemetry", true));
        try (ServiceClients clients = discovering(server.url("/").toString())) {
            assertThat(clients.telemetryEndpoint().orElseThrow().fromRegistry()).isFalse();
        }
        try (ServiceClients clients = discovering(server.url("/").toString())) {
            assertThat(clients.telemetryEndpoint().orElseThrow().fromRegistry()).isFalse();
        }
        assertThat(log.list).extracting(ILoggingEvent::getFormattedMessage).satisfiesExactly(
                unhealthy -> assertThat(unhealthy).contains("no healthy 'telemetry' instance (http://10.9.9.9:8001 is not healthy)"),
                unusable -> assertThat(unusable).contains("named ftp://10.9.9.9/telemetry, which is unusable"));
    }

    @Test
    void withoutDiscoveryOrInLocalModeTheRegistryIsNotAsked() {
        try (ServiceClients clients = ServiceClients.create(config(server.url("/").toString()), "run-plain")) {
            assertThat(clients.telemetryEndpoint()).isEmpty();
        }
        HybridConfig local = config(server.url("/").toString()).toBuilder().mode(Mode.LOCAL).build();
        try (ServiceClients clients = ServiceClients.builder(local, "run-local").discoverTelemetry().build()) {
            assertThat(clients.telemetryEndpoint()).isEmpty();
        }
        assertThat(server.getRequestCount()).isZero();
        assertThat(log.list).isEmpty();
    }
}
