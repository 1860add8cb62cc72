package io.wickedzerg.bot.game;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wickedzerg.bot.core.FailurePolicy;
import io.wickedzerg.bot.logging.TelemetryLogAppender;
import io.wickedzerg.bot.testing.ProjectFiles;
import io.wickedzerg.clients.telemetry.TelemetryEvent;
import io.wickedzerg.config.HybridConfig;
import io.wickedzerg.config.Mode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** How a bot's runtime meets the services in hybrid mode: the registry, and what it reports when one is absent. */
class BotRuntimeServicesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static BotRuntime runtime(HybridConfig config) {
        return new BotRuntime(config, "run-1",
                new BotRuntime.Options(ProjectFiles.path("config"), null, FailurePolicy.RETHROW, null), System::nanoTime);
    }

    private static HybridConfig.Builder hybrid(Path tmp, String registry, String services) {
        return HybridConfig.builder().mode(Mode.HYBRID).dataDir(tmp.resolve("data")).spoolDir(tmp.resolve("spool"))
                .serviceRegistryUrl(registry).telemetryServiceUrl(services).learningServiceUrl(services)
                .connectionTimeout(Duration.ofSeconds(2)).retryAttempts(0).closeTimeout(Duration.ofSeconds(1));
    }

    private static String absent() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        }
    }

    /**
     * A registry that knows one {@code telemetry} instance (or none, for a null url), takes registrations and
     * removals, and keeps every request in order.
     */
    private static final class Registry extends Dispatcher {
        final BlockingQueue<RecordedRequest> requests = new LinkedBlockingQueue<>();
        private final String telemetryUrl;

        Registry(String telemetryUrl) {
            this.telemetryUrl = telemetryUrl;
        }

        @Override
        public MockResponse dispatch(RecordedRequest request) {
            requests.add(request);
            if ("GET".equals(request.getMethod())) {
                return telemetryUrl == null ? new MockResponse().setResponseCode(404)
                        : new MockResponse().setResponseCode(200).setBody("{\"name\":\"telemetry\",\"url\":\""
                        + telemetryUrl + "\",\"healthy\":true,\"last_seen\":\"2024-06-01T12:00:00Z\",\"metadata\":{},"
                        + "\"load\":0.25}");
            }
            return "DELETE".equals(request.getMethod()) ? new MockResponse().setResponseCode(204)
                    : new MockResponse().setResponseCode(201).setBody("{}");
        }

        RecordedRequest next() throws InterruptedException {
            return requests.poll(5, TimeUnit.SECONDS);
        }
    }

    private static long shippingAppenders() {
        Logger root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        long count = 0;
        for (Iterator<?> it = root.iteratorForAppenders(); it.hasNext(); ) {
            if (it.next() instanceof TelemetryLogAppender) {
                count++;
            }
        }
        return count;
    }

    private static List<JsonNode> events(RecordedRequest batch) throws IOException {
        JsonNode body = JSON.readTree(new GZIPInputStream(new ByteArrayInputStream(batch.getBody().readByteArray())));
        List<JsonNode> events = new ArrayList<>();
        body.path("events").forEach(events::add);
        return events;
    }

    @Test
    void inHybridModeTheBotListsItselfInTheRegistryForAsLongAsItRuns(@TempDir Path tmp) throws Exception {
        Registry known = new Registry(null);
        try (MockWebServer registry = new MockWebServer()) {
            registry.setDispatcher(known);
            registry.start();
            BotRuntime runtime = runtime(hybrid(tmp, registry.url("/").toString(), absent()).instanceId("bot-7").build());

            RecordedRequest lookup = known.next();
            RecordedRequest registration = known.next();
            runtime.close();
            RecordedRequest removal = known.next();

            assertThat(lookup.getPath()).isEqualTo("/api/services/telemetry");
            assertThat(registration.getMethod()).isEqualTo("POST");
            assertThat(registration.getPath()).isEqualTo("/api/services");
            assertThat(registration.getBody().readUtf8()).contains("\"name\":\"wicked-zerg-bot\"")
                    .contains("\"instance_id\":\"bot-7\"").contains("\"run_id\":\"run-1\"").contains("bot://");
            assertThat(removal.getMethod()).isEqualTo("DELETE");
            assertThat(removal.getPath()).isEqualTo("/api/services/wicked-zerg-bot?instance_id=bot-7");
            assertThat(runtime.serviceReport().lines()).noneMatch(line -> line.contains("registry"));
        }
    }

    @Test
    void telemetryAndTheBotsWarningsGoToTheUrlTheRegistryNamesUntilTheRuntimeCloses(@TempDir Path tmp)
            throws Exception {
        try (MockWebServer telemetry = new MockWebServer(); MockWebServer registry = new MockWebServer()) {
            telemetry.start();
            String discovered = telemetry.url("/").toString().replaceAll("/$", "");
            registry.setDispatcher(new Registry(discovered));
            registry.start();
            long before = shippingAppenders();
            String configured = absent();
            BotRuntime runtime = runtime(hybrid(tmp, registry.url("/").toString(), configured).build());
            try {
                assertThat(runtime.telemetryUrl()).isEqualTo(URI.create(discovered));
                assertThat(shippingAppenders()).isEqualTo(before + 1);

                runtime.telemetry().send(new TelemetryEvent("g1", 1, "sample", Map.of("minerals", 50)));
                LoggerFactory.getLogger("io.wickedzerg.bot.game.RuntimeProbe").warn("a warning from the bot");
                runtime.telemetry().flush().get(10, TimeUnit.SECONDS);
            } finally {
                runtime.close();
            }
            assertThat(shippingAppenders()).as("detached at close").isEqualTo(before);

            List<JsonNode> received = new ArrayList<>();
            // every batch was answered before close returned: all of them are recorded by now
            for (int i = telemetry.getRequestCount(); i > 0; i--) {
                RecordedRequest batch = telemetry.takeRequest();
                assertThat(batch.getPath()).isEqualTo("/api/telemetry");
                received.addAll(events(batch));
            }
            assertThat(received).anySatisfy(e -> assertThat(e.path("kind").asText()).isEqualTo("sample"));
            assertThat(received).anySatisfy(e -> {
                assertThat(e.path("kind").asText()).isEqualTo("log");
                assertThat(e.path("level").asText()).isEqualTo("WARN");
                assertThat(e.path("message").asText()).isEqualTo("a warning from the bot");
                assertThat(e.path("game_id").asText()).isEqualTo("none");
            });
        }
    }

    @Test
    void absentServicesAreNoErrorAndTheReportSaysWhichDidNotAnswer(@TempDir Path tmp) throws Exception {
        String nobody = absent();
        BotRuntime runtime = runtime(hybrid(tmp, nobody, nobody).build());
        assertThat(runtime.telemetryUrl()).as("no registry: the configured URL").isEqualTo(URI.create(nobody));
        runtime.telemetry().send(new TelemetryEvent("g1", 1, "sample", Map.of("x", 1)));
        runtime.close();

        assertThat(runtime.serviceReport().lines())
                .anySatisfy(line -> assertThat(line).startsWith("telemetry service " + nobody).contains("1 events wait in")
                        .contains(tmp.resolve("spool").resolve("wz-0").resolve("telemetry").toString()))
                .anySatisfy(line -> assertThat(line).startsWith("service registry " + nobody).contains("not listed"));
    }

    @Test
    void inLocalModeThereIsNothingToReportNoRegistrationAndNoLogShipping(@TempDir Path tmp) {
        long before = shippingAppenders();
        BotRuntime runtime = runtime(HybridConfig.builder().dataDir(tmp.resolve("data")).spoolDir(tmp.resolve("spool")).build());
        assertThat(shippingAppenders()).isEqualTo(before);
        runtime.close();

        assertThat(runtime.serviceReport().lines()).isEmpty();
    }
}
