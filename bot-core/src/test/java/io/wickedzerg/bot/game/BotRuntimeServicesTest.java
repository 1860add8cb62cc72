package io.wickedzerg.bot.game;

import static org.assertj.core.api.Assertions.assertThat;

import io.wickedzerg.bot.core.FailurePolicy;
import io.wickedzerg.bot.testing.ProjectFiles;
import io.wickedzerg.config.HybridConfig;
import io.wickedzerg.config.Mode;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a bot's runtime meets the services in hybrid mode: the registry, and what it reports when one is absent. */
class BotRuntimeServicesTest {

    private static BotRuntime runtime(HybridConfig config) {
        return new BotRuntime(config, "run-1",
                new BotRuntime.Options(ProjectFiles.path("config"), null, 0, FailurePolicy.RETHROW, null), System::nanoTime);
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

    @Test
    void inHybridModeTheBotListsItselfInTheRegistryForAsLongAsItRuns(@TempDir Path tmp) throws Exception {
        try (MockWebServer registry = new MockWebServer()) {
            registry.enqueue(new MockResponse().setResponseCode(201).setBody("{}"));
            registry.enqueue(new MockResponse().setResponseCode(204));
            registry.start();
            BotRuntime runtime = runtime(hybrid(tmp, registry.url("/").toString(), absent()).instanceId("bot-7").build());

            RecordedRequest registration = registry.takeRequest(5, TimeUnit.SECONDS);
            runtime.close();
            RecordedRequest removal = registry.takeRequest(5, TimeUnit.SECONDS);

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
    void absentServicesAreNoErrorAndTheReportSaysWhichDidNotAnswer(@TempDir Path tmp) throws Exception {
        String nobody = absent();
        BotRuntime runtime = runtime(hybrid(tmp, nobody, nobody).build());
        runtime.telemetry().send(new io.wickedzerg.clients.telemetry.TelemetryEvent("g1", 1, "sample", java.util.Map.of("x", 1)));
        runtime.close();

        assertThat(runtime.serviceReport().lines())
                .anySatisfy(line -> assertThat(line).startsWith("telemetry service " + nobody).contains("1 events wait in")
                        .contains(tmp.resolve("spool").resolve("wz-0").resolve("telemetry").toString()))
                .anySatisfy(line -> assertThat(line).startsWith("service registry " + nobody).contains("not listed"));
    }

    @Test
    void inLocalModeThereIsNothingToReportAndNoRegistration(@TempDir Path tmp) {
        BotRuntime runtime = runtime(HybridConfig.builder().dataDir(tmp.resolve("data")).spoolDir(tmp.resolve("spool")).build());
        runtime.close();

        assertThat(runtime.serviceReport().lines()).isEmpty();
    }
}
