package io.wickedzerg.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wickedzerg.clients.http.HttpStack;
import io.wickedzerg.clients.telemetry.TelemetryEvent;
import io.wickedzerg.clients.testing.WithScriptedServer;
import io.wickedzerg.config.HybridConfig;
import io.wickedzerg.config.Mode;
import io.wickedzerg.config.UnusableSettingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

class ServiceClientsTest extends WithScriptedServer {

    /** Every service on the one test server, so a shared connection pool shows as a reused connection. */
    private HybridConfig config() {
        String url = server.url("/").toString();
        return HybridConfig.builder().mode(Mode.HYBRID).telemetryServiceUrl(url).learningServiceUrl(url)
                .serviceRegistryUrl(url).spoolDir(tmp.resolve("spool")).dataDir(tmp.resolve("data"))
                .connectionTimeout(Duration.ofSeconds(2)).closeTimeout(Duration.ofSeconds(2)).build();
    }

    private static boolean threadAlive(String name) {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals(name) && t.isAlive());
    }

    @Test
    void theTelemetryLearningAndRegistryClientsShareOneConnectionPool() throws Exception {
        try (ServiceClients clients = ServiceClients.create(config(), "run-shared")) {
            clients.telemetry().send(new TelemetryEvent("g1", 1, "sample", Map.of("minerals", 50)));
            clients.telemetry().flush().get(10, TimeUnit.SECONDS);
            clients.learning().orElseThrow().fetchLatestModel();
            clients.registry().discover("telemetry");

            RecordedRequest telemetry = server.takeRequest(5, TimeUnit.SECONDS);
            RecordedRequest model = server.takeRequest(5, TimeUnit.SECONDS);
            RecordedRequest registry = server.takeRequest(5, TimeUnit.SECONDS);
            assertThat(telemetry.getPath()).isEqualTo("/api/telemetry");
            assertThat(model.getPath()).isEqualTo("/api/model/latest");
            assertThat(registry.getPath()).isEqualTo("/api/services/telemetry");
            // the n-th request on one connection: separate stacks would each open their own
            assertThat(model.getSequenceNumber()).isEqualTo(telemetry.getSequenceNumber() + 1);
            assertThat(registry.getSequenceNumber()).isEqualTo(telemetry.getSequenceNumber() + 2);
        }
    }

    @Test
    void aStackHandedInIsSharedAndLeftRunningAndAnOwnedOneIsShutDown() {
        OkHttpClient shared = HttpStack.create(config());
        try {
            ServiceClients borrowed = ServiceClients.builder(config(), "run-borrowed").httpClient(shared).build();
            assertThat(borrowed.http()).isSameAs(shared);
            borrowed.close();
            assertThat(shared.dispatcher().executorService().isShutdown()).isFalse();
        } finally {
            HttpStack.shutdown(shared);
        }

        ServiceClients owning = ServiceClients.create(config(), "run-owning");
        OkHttpClient owned = owning.http();
        owning.close();
        assertThat(owned.dispatcher().executorService().isShutdown()).isTrue();
        assertThat(threadAlive("telemetry-run-owning")).isFalse();
    }

    @Test
    void inLocalModeNoStackIsBuiltUntilSomethingAsksForOneAndThatOneIsShutDown() throws Exception {
        HybridConfig local = HybridConfig.builder().mode(Mode.LOCAL).serviceRegistryUrl(server.url("/").toString())
                .spoolDir(tmp.resolve("spool")).dataDir(tmp.resolve("data")).build();
        ServiceClients clients = ServiceClients.create(local, "run-local");
        OkHttpClient lazy;
        try {
            clients.telemetry().send(new TelemetryEvent("g1", 1, "sample", Map.of("minerals", 50)));
            clients.telemetry().flush().get(10, TimeUnit.SECONDS);
            assertThat(clients.httpBuilt()).as("local telemetry needs no HTTP stack").isFalse();
            assertThat(clients.learning()).isEmpty();

            clients.registry().discover("telemetry");
            assertThat(server.takeRequest(5, TimeUnit.SECONDS).getPath()).isEqualTo("/api/services/telemetry");
            assertThat(clients.httpBuilt()).isTrue();
            lazy = clients.http();
        } finally {
            clients.close();
        }
        assertThat(lazy.dispatcher().executorService().isShutdown()).isTrue();
        assertThatThrownBy(clients::http).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void whenTheLearningClientCannotStartTheTelemetryClientMadeFirstIsClosedAndTheErrorIsOneLine()
            throws IOException {
        // the telemetry spool is fine; the results spool has a file where its folder belongs
        Path instanceSpool = Files.createDirectories(tmp.resolve("spool").resolve("wz-0"));
        Files.writeString(instanceSpool.resolve("results"), "not a folder");

        assertThatThrownBy(() -> ServiceClients.create(config(), "run-leak"))
                .isInstanceOf(UnusableSettingException.class)
                .hasMessageStartingWith("spool_dir = " + tmp.resolve("spool") + " (code): cannot write to "
                        + instanceSpool.resolve("results"))
                .hasMessageContaining("SPOOL_DIR")
                .hasMessageNotContaining("\n");
        assertThat(threadAlive("telemetry-run-leak")).as("telemetry worker left running").isFalse();
        assertThat(threadAlive("learning-results-wz-0")).isFalse();
    }
}
