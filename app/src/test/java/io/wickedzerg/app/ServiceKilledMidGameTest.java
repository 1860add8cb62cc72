package io.wickedzerg.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.ocraft.s2client.protocol.game.Difficulty;
import com.github.ocraft.s2client.protocol.game.Race;
import io.wickedzerg.app.services.ServiceJvm;
import io.wickedzerg.app.testing.LoopbackHttp;
import io.wickedzerg.bot.core.FailurePolicy;
import io.wickedzerg.bot.game.BotRuntime;
import io.wickedzerg.bot.game.GameReport;
import io.wickedzerg.bot.game.MatchSpec;
import io.wickedzerg.clients.telemetry.TelemetryMetrics;
import io.wickedzerg.config.HybridConfig;
import io.wickedzerg.config.Mode;
import io.wickedzerg.services.testing.Await;
import java.net.ServerSocket;
import java.net.URI;
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
        return ServiceJvm.start("telemetry", dir.resolve("service"), List.of("--port", Integer.toString(port), "--db",
                db.toString()));
    }

    private static void awaitHealthy(URI base) {
        Await.until("the telemetry service to answer /health", Duration.ofSeconds(120),
                () -> LoopbackHttp.status(URI.create(base + "/health")) == 200);
    }

    private static JsonNode get(URI base, String path) throws Exception {
        HttpResponse<String> answer = LoopbackHttp.get(URI.create(base + path));
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        return new ObjectMapper().readTree(answer.body());
    }
}
