package io.wickedzerg.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.ocraft.s2client.protocol.game.Difficulty;
import com.github.ocraft.s2client.protocol.game.Race;
import io.wickedzerg.bot.core.FailurePolicy;
import io.wickedzerg.bot.game.BotRuntime;
import io.wickedzerg.bot.game.GameReport;
import io.wickedzerg.bot.game.MatchSpec;
import io.wickedzerg.clients.telemetry.TelemetryMetrics;
import io.wickedzerg.config.HybridConfig;
import io.wickedzerg.config.Mode;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The telemetry service, a separate process, is killed with SIGKILL mid-game and started again:
 * the client spools and replays, the database keeps what it acknowledged, and every event is there
 * exactly once at the end.
 */
class ServiceKilledMidGameTest {

    @TempDir
    Path dir;

    @Test
    void everyEventArrivesExactlyOnceAcrossAKillAndARestart() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        URI base = URI.create("http://127.0.0.1:" + port);
        Path db = dir.resolve("telemetry.db");
        AtomicReference<Process> service = new AtomicReference<>(start(port, db));
        awaitHealthy(base);
        HybridConfig config = HybridConfig.builder().mode(Mode.HYBRID).telemetryServiceUrl(base.toString())
                .learningServiceUrl("http://127.0.0.1:1").serviceRegistryUrl("http://127.0.0.1:1")
                .flushInterval(Duration.ofMillis(200)).closeTimeout(Duration.ofSeconds(30))
                .retryDelay(Duration.ofMillis(100)).dataDir(dir.resolve("bot")).build();
        BotRuntime runtime = new BotRuntime(config, "kill-run", new BotRuntime.Options(ProjectFiles.path("config"),
                null, FailurePolicy.RETHROW, null, new ChartWriter()), System::nanoTime);
        AtomicBoolean killed = new AtomicBoolean();
        AtomicReference<CompletableFuture<Void>> restarted = new AtomicReference<>();
        GameReport report;
        TelemetryMetrics total;
        try {
            MatchSpec spec = new MatchSpec("Wicked Cove", Race.TERRAN, Difficulty.EASY, 3, false, 2, 26_880);
            report = new LocalMatchRunner().play(spec, runtime.session(spec, "kill"), (snapshot, brain) -> {
                if (snapshot.gameLoop() >= 2_000 && killed.compareAndSet(false, true)) {
                    service.get().destroyForcibly(); // SIGKILL: no shutdown hook, no flush
                    restarted.set(CompletableFuture.runAsync(() -> {
                        try {
                            service.get().waitFor();
                            service.set(start(port, db));
                            awaitHealthy(base);
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }));
                }
            });
            restarted.get().get();
        } finally {
            runtime.close();
            total = runtime.telemetry().metrics();
        }
        try {
            JsonNode series = get(base, "/api/games/" + report.gameId() + "/telemetry?limit=1000000");
            Set<String> keys = new HashSet<>();
            series.get("events").forEach(e -> keys.add(e.get("run_id").asText() + "/" + e.get("seq").asLong()));

            assertThat(killed).isTrue();
            assertThat(total.spooled()).as("the outage made the client spool").isPositive();
            assertThat(series.get("count").asLong()).isEqualTo(report.telemetry().emitted());
            assertThat(keys).hasSize(series.get("count").asInt());
        } finally {
            service.get().destroy();
            service.get().waitFor();
        }
    }

    private Process start(int port, Path db) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Dlogback.configurationFile=" + ProjectFiles.path("config/logback-services.xml"),
                "-Dwz.service=telemetry", "io.wickedzerg.app.WickedZergCli", "services", "telemetry", "--port",
                Integer.toString(port), "--db", db.toString())).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("service.out").toFile()));
        builder.environment().put("WZ_LOG_DIR", dir.resolve("logs").toString());
        return builder.start();
    }

    private static void awaitHealthy(URI base) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/health")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // the service is still starting
            }
            Thread.sleep(100); // polling a condition with a deadline
        }
        throw new AssertionError("the telemetry service did not answer /health within 120 s");
    }

    private static JsonNode get(URI base, String path) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        return new ObjectMapper().readTree(answer.body());
    }
}
