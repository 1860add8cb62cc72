package io.wickedzerg.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.ocraft.s2client.protocol.game.Difficulty;
import com.github.ocraft.s2client.protocol.game.Race;
import io.wickedzerg.bot.core.FailurePolicy;
import io.wickedzerg.bot.game.BotRuntime;
import io.wickedzerg.bot.game.GameReport;
import io.wickedzerg.clients.telemetry.TelemetryMetrics;
import io.wickedzerg.config.HybridConfig;
import io.wickedzerg.config.Mode;
import io.wickedzerg.services.runtime.RunningService;
import io.wickedzerg.services.settings.ServiceName;
import io.wickedzerg.services.settings.ServiceSettings;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A whole headless game in hybrid mode, its telemetry sent by the bot's real client into the real service. */
class HybridGameIntoServiceTest {

    @TempDir
    Path dir;

    @Test
    void theServiceHoldsExactlyTheEventsTheBotEmitted() throws Exception {
        try (RunningService service = RunningService.start(ServiceSettings.local(ServiceName.TELEMETRY, 0,
                dir.resolve("service")), Clock.systemUTC())) {
            int closed = closedPort();
            HybridConfig config = HybridConfig.builder().mode(Mode.HYBRID)
                    .telemetryServiceUrl(service.baseUrl().toString())
                    .learningServiceUrl("http://127.0.0.1:" + closed).serviceRegistryUrl("http://127.0.0.1:" + closed)
                    .instanceId("wz-hybrid-7").dataDir(dir.resolve("bot")).build();
            BotRuntime runtime = new BotRuntime(config, "hybrid-run", new BotRuntime.Options(ProjectFiles.path("config"),
                    null, FailurePolicy.RETHROW, null, new ChartWriter()), System::nanoTime);
            GameReport report;
            TelemetryMetrics total;
            try {
                report = Games.play(runtime, "Wicked Cove", Race.TERRAN, Difficulty.EASY, 7);
            } finally {
                runtime.close();
                total = runtime.telemetry().metrics();
            }

            JsonNode series = get(service.baseUrl(), "/api/games/" + report.gameId() + "/telemetry?limit=1000000");
            Set<Long> seqs = new HashSet<>();
            series.get("events").forEach(e -> seqs.add(e.get("seq").asLong()));
            JsonNode game = get(service.baseUrl(), "/api/games/" + report.gameId());
            long storedForRun = 0;
            JsonNode listed = null;
            for (JsonNode g : get(service.baseUrl(), "/api/games").get("games")) {
                if (g.get("run_id").asText().equals("hybrid-run")) {
                    storedForRun += g.get("event_count").asLong();
                }
                if (g.get("game_id").asText().equals(report.gameId())) {
                    listed = g;
                }
            }

            assertThat(report.telemetry().emitted()).isGreaterThan(100);
            assertThat(series.get("count").asLong()).isEqualTo(report.telemetry().emitted());
            assertThat(seqs).hasSize(series.get("count").asInt());
            assertThat(storedForRun).isEqualTo(total.emitted());
            assertThat(total.spooled() - total.replayed()).isZero();
            assertThat(listed).as("the game in /api/games").isNotNull();
            assertThat(listed.get("instance_id").asText()).isEqualTo("wz-hybrid-7");
            assertThat(game.get("instance_id").asText()).isEqualTo("wz-hybrid-7");
            assertThat(game.get("opponent").asText()).contains("Terran");
            assertThat(game.get("map").asText()).isEqualTo("Wicked Cove");
            assertThat(game.get("result").asText()).isEqualTo(report.result());
            assertThat(series.get("events").get(0).get("kind").asText()).isEqualTo("game_start");
        }
    }

    private static JsonNode get(URI base, String path) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        return new ObjectMapper().readTree(answer.body());
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
