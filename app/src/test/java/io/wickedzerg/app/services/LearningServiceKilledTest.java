package io.wickedzerg.app.services;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wickedzerg.app.ProjectFiles;
import io.wickedzerg.app.testing.LoopbackHttp;
import io.wickedzerg.services.http.TestHttp;
import io.wickedzerg.services.learning.LearningSettings;
import io.wickedzerg.services.runtime.RunningService;
import io.wickedzerg.services.settings.ServiceName;
import io.wickedzerg.services.settings.ServiceSettings;
import io.wickedzerg.services.testing.Await;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run.sh services learning} as a process of its own, killed with SIGKILL while a player is fetching models
 * and sending results, in the middle of a generation, and started again: it goes on with the same generation and
 * serves the candidates in the same order as a service that never stopped, and every result it acknowledged is
 * there (a result whose answer the kill swallowed is sent again, as the bot's client does, and counted once).
 */
class LearningServiceKilledTest {

    private static final Duration START = Duration.ofSeconds(120);
    /** 3 candidates x 2 games: 6 results a generation; the kill comes after 4 of generation 0. */
    private static final int GAMES = 15;
    private static final int KILL_AFTER = 4;

    @TempDir
    Path dir;

    @Test
    void aKilledServiceResumesTheSameGenerationAndCandidateOrderWithEveryAcknowledgedResult() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        URI base = URI.create("http://127.0.0.1:" + port);
        Path config = dir.resolve("learning.json");
        new ObjectMapper().writeValue(config.toFile(), Map.of("learning_population_size", 3,
                "learning_games_per_candidate", 2, "learning_seed", 7,
                "learning_config_dir", ProjectFiles.path("config").toString()));
        List<String> flags = List.of("--port", Integer.toString(port), "--config", config.toString(), "--db",
                dir.resolve("learning.db").toString());
        AtomicReference<Process> service = new AtomicReference<>(ServiceJvm.start("learning", dir.resolve("svc"), flags));
        List<String> served = new CopyOnWriteArrayList<>();
        List<String> acknowledged = new CopyOnWriteArrayList<>();
        AtomicInteger resent = new AtomicInteger();
        try {
            awaitHealthy(base);
            TestHttp http = new TestHttp(base);
            CompletableFuture<Void> player = CompletableFuture.runAsync(() -> {
                for (int i = 0; i < GAMES; i++) {
                    String version = untilAnswered(base, resent, () -> http.get("/api/model/latest"))
                            .json().get("version").asText();
                    served.add(version);
                    String body = result(i, version);
                    untilAnswered(base, resent, () -> http.post("/api/training", body));
                    acknowledged.add("g" + i);
                }
            });
            Await.until(KILL_AFTER + " results acknowledged", START, () -> acknowledged.size() >= KILL_AFTER
                    || player.isDone());
            service.get().destroyForcibly(); // SIGKILL: no shutdown hook, no graceful stop
            service.get().waitFor();
            service.set(ServiceJvm.start("learning", dir.resolve("svc"), flags));
            player.get();

            JsonNode stats = http.get("/api/stats").json();
            assertThat(served).as("the versions served, kill or no kill").containsExactlyElementsOf(uninterrupted());
            assertThat(served.get(KILL_AFTER)).as("the kill came in generation 0").startsWith("svc-g0-");
            assertThat(stats.get("results").get("stored").asInt()).isEqualTo(GAMES);
            assertThat(stats.get("results").get("recorded").asInt()).isEqualTo(GAMES);
            assertThat(stats.get("current").get("generation").asInt()).isEqualTo(GAMES / 6);
            for (String game : acknowledged) {
                assertThat(http.get("/api/training/kill-run/" + game).status()).as(game).isEqualTo(200);
            }
            assertThat(resent.get()).as("the player met the dead service and sent again").isPositive();
            assertThat(Files.readString(ServiceJvm.output(dir.resolve("svc"), "learning")))
                    .as("two runs in one output file").containsSubsequence("learning listening on",
                            "learning listening on");
        } finally {
            service.get().destroy();
            service.get().waitFor();
        }
    }

    /** The versions a service that never stopped serves for the same results. */
    private List<String> uninterrupted() {
        LearningSettings settings = LearningSettings.builder(ProjectFiles.path("config")).populationSize(3)
                .gamesPerCandidate(2).seed(7).build();
        List<String> versions = new ArrayList<>();
        try (RunningService reference = RunningService.learning(ServiceSettings.local(ServiceName.LEARNING, 0,
                dir.resolve("reference")), settings, Clock.systemUTC())) {
            TestHttp http = new TestHttp(reference.baseUrl());
            for (int i = 0; i < GAMES; i++) {
                String version = http.get("/api/model/latest").json().get("version").asText();
                versions.add(version);
                assertThat(http.post("/api/training", result(i, version)).status()).isEqualTo(200);
            }
        }
        return versions;
    }

    private static String result(int i, String version) {
        return "{\"run_id\":\"kill-run\",\"game_id\":\"g" + i + "\",\"game_result\":\""
                + (i % 3 == 0 ? "Defeat" : "Victory") + "\",\"game_time\":" + (200 + 10 * i)
                + ",\"build_order_score\":1,\"loss_reason\":\"\",\"parameters_updated\":0,\"parameters\":{},"
                + "\"model_version\":\"" + version + "\",\"killed_value\":" + (100 * i) + ",\"lost_value\":300}";
    }

    /**
     * The request's 200; while the service is down (killed, restarting) the same request again once it answers
     * /health, as the bot's client retries a result with the same ids.
     */
    private static TestHttp.Answer untilAnswered(URI base, AtomicInteger resent, Supplier<TestHttp.Answer> request) {
        while (true) {
            try {
                TestHttp.Answer answer = request.get();
                assertThat(answer.status()).as(answer.body()).isEqualTo(200);
                return answer;
            } catch (UncheckedIOException down) {
                resent.incrementAndGet();
                awaitHealthy(base);
            }
        }
    }

    private static void awaitHealthy(URI base) {
        Await.until("the learning service to answer /health", START,
                () -> LoopbackHttp.status(URI.create(base + "/health")) == 200);
    }
}
