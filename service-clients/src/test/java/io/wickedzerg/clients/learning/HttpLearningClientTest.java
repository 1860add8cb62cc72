package io.wickedzerg.clients.learning;

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
import io.wickedzerg.config.UnusableSettingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

class HttpLearningClientTest extends WithScriptedServer {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final MutableClock clock = MutableClock.atEpochPlus(0);

    private HybridConfig.Builder config(String url) {
        return HybridConfig.builder().mode(Mode.HYBRID).learningServiceUrl(url)
                .spoolDir(tmp.resolve("spool")).dataDir(tmp.resolve("data"))
                .connectionTimeout(Duration.ofMillis(500)).retryDelay(Duration.ofMillis(10));
    }

    private HttpLearningClient client(HybridConfig config) {
        return LearningClients.builder(config).clock(clock).sleeper(new RecordingSleeper())
                .retryInterval(Duration.ofMillis(50)).closeTimeout(Duration.ofSeconds(2)).build();
    }

    private static GameResult result(String gameId) {
        return new GameResult("run-1", gameId, "Defeat", 612.5, 0.8, "lost main to roach timing", 3,
                Map.of("drone_target", 44.0, "attack_supply", 120.0), "v7", "BuiltInAI-Hard", "Acropolis");
    }

    private List<Path> resultSegments() throws IOException {
        Path dir = tmp.resolve("spool").resolve("wz-0").resolve("results");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }

    @Test
    void resultIsSentWithTheOriginalFieldsIdsAndParameters() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(201));
        try (HttpLearningClient client = client(config(server.url("/").toString()).apiKey("k-123").build())) {
            client.sendTrainingData(result("g-1"));
            RecordedRequest request = server.takeRequest(10, TimeUnit.SECONDS);
            assertThat(request).isNotNull();
            assertThat(request.getMethod()).isEqualTo("POST");
            assertThat(request.getPath()).isEqualTo("/api/training");
            assertThat(request.getHeader("Idempotency-Key")).isEqualTo("run-1:g-1");
            assertThat(request.getHeader("Authorization")).isEqualTo("Bearer k-123");
            JsonNode body = JSON.readTree(request.getBody().readUtf8());
            assertThat(body.path("game_result").asText()).isEqualTo("Defeat");
            assertThat(body.path("game_time").asDouble()).isEqualTo(612.5);
            assertThat(body.path("build_order_score").asDouble()).isEqualTo(0.8);
            assertThat(body.path("loss_reason").asText()).isEqualTo("lost main to roach timing");
            assertThat(body.path("parameters_updated").asInt()).isEqualTo(3);
            assertThat(body.path("run_id").asText()).isEqualTo("run-1");
            assertThat(body.path("game_id").asText()).isEqualTo("g-1");
            assertThat(body.path("parameters").path("drone_target").asDouble()).isEqualTo(44.0);
            assertThat(body.path("model_version").asText()).isEqualTo("v7");
            Await.until(WAIT, () -> client.metrics().resultsDelivered() == 1, () -> client.metrics().toString());
        }
        assertThat(resultSegments()).isEmpty();
    }

    @Test
    void theGamesDetailsGoOnTheWireAndUnknownOnesAsNull() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(200));
        server.enqueue(new MockResponse().setResponseCode(200));
        try (HttpLearningClient client = client(config(server.url("/").toString()).build())) {
            client.sendTrainingData(GameResult.builder("run-1", "g-ladder").gameResult("Victory").gameTime(300)
                    .buildOrderScore(1).modelVersion("svc-g0-c00-0a1b2c3d@bot-7").opponent("ladder:bot-7")
                    .map("Wicked Cove").buildOrder("12-pool").opponentId("bot-7").killedValue(1500.0)
                    .lostValue(400.0).build());
            client.sendTrainingData(GameResult.builder("run-1", "g-odd").gameResult("Defeat").modelVersion("v1")
                    .opponentRace("Zerg").opponentDifficulty("VeryHard").opponentId("not an id").build());
            JsonNode ladder = JSON.readTree(server.takeRequest(10, TimeUnit.SECONDS).getBody().readUtf8());
            JsonNode builtIn = JSON.readTree(server.takeRequest(10, TimeUnit.SECONDS).getBody().readUtf8());

            assertThat(ladder.path("build_order").asText()).isEqualTo("12-pool");
            assertThat(ladder.path("opponent_id").asText()).isEqualTo("bot-7");
            assertThat(ladder.path("killed_value").asDouble()).isEqualTo(1500.0);
            assertThat(ladder.path("lost_value").asDouble()).isEqualTo(400.0);
            assertThat(ladder.get("opponent_race").isNull()).isTrue();
            assertThat(builtIn.path("opponent_race").asText()).isEqualTo("Zerg");
            assertThat(builtIn.path("opponent_difficulty").asText()).isEqualTo("VeryHard");
            assertThat(builtIn.get("opponent_id").isNull()).as("an id the service would refuse is not sent").isTrue();
            assertThat(builtIn.get("killed_value").isNull()).isTrue();
            assertThat(builtIn.path("loss_reason").asText()).isEmpty();
        }
    }

    @Test
    void aModelIsAskedForOnlyOnceTheResultsWrittenBeforeItAreDelivered() throws Exception {
        // the service takes its time with the result: without waiting for it, the model would be asked for first
        server.enqueue(new MockResponse().setResponseCode(200).setHeadersDelay(300, TimeUnit.MILLISECONDS));
        server.enqueue(new MockResponse().setResponseCode(200).setHeader("ETag", "\"v2\"")
                .setBody("{\"version\":\"v2\",\"parameters\":{}}"));
        try (HttpLearningClient client = client(config(server.url("/").toString()).build())) {
            client.sendTrainingData(result("g-1"));
            Optional<StrategyModel> model = client.fetchLatestModel();

            assertThat(client.metrics().resultsDelivered()).as("delivered before the model was asked for").isEqualTo(1);
            assertThat(model).map(StrategyModel::version).contains("v2");
            assertThat(server.takeRequest(5, TimeUnit.SECONDS).getPath()).isEqualTo("/api/training");
            assertThat(server.takeRequest(5, TimeUnit.SECONDS).getPath()).isEqualTo("/api/model/latest");
        }
    }

    @Test
    void aLadderOpponentsModelIsAskedForByItsIdAndCachedApart() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(200).setHeader("ETag", "\"svc-g0-c00-0a1b2c3d@bot:7\"")
                .setBody("{\"version\":\"svc-g0-c00-0a1b2c3d@bot:7\",\"parameters\":{\"drone_target\":40}}"));
        HybridConfig config = config(server.url("/").toString()).build();
        try (HttpLearningClient client = LearningClients.builder(config).clock(clock).sleeper(new RecordingSleeper())
                .opponentId("bot:7").closeTimeout(Duration.ofSeconds(2)).build()) {
            assertThat(client.fetchLatestModel()).map(StrategyModel::version).contains("svc-g0-c00-0a1b2c3d@bot:7");
        }
        assertThat(server.takeRequest(5, TimeUnit.SECONDS).getPath()).isEqualTo("/api/model/latest?opponent=bot%3A7");
        assertThat(tmp.resolve("data/models/opponents/bot_7/latest_model.json")).exists();
        assertThat(tmp.resolve("data/models/latest_model.json")).doesNotExist();
    }

    @Test
    void resultIsOnDiskBeforeSendReturnsAndANewClientDeliversItLater() throws Exception {
        HybridConfig down = config("http://127.0.0.1:" + FreePort.find()).spoolMaxBytes(1).build();
        try (HttpLearningClient client = client(down)) {
            for (int i = 0; i < 20; i++) {
                client.sendTrainingData(result("g-" + i));
            }
            assertThat(resultSegments()).isNotEmpty();
            assertThat(client.metrics().resultsWritten()).isEqualTo(20);
        }
        // the tiny spool cap is for telemetry only: not one result was evicted
        Set<String> received = new HashSet<>();
        try (HttpLearningClient later = client(config(server.url("/").toString()).build())) {
            for (int i = 0; i < 20; i++) {
                RecordedRequest request = server.takeRequest(10, TimeUnit.SECONDS);
                assertThat(request).as("result %d", i).isNotNull();
                received.add(request.getHeader("Idempotency-Key"));
            }
            Await.until(WAIT, () -> later.metrics().resultsPending() == 0, () -> later.metrics().toString());
            assertThat(later.metrics().resultsDelivered()).isEqualTo(20);
        }
        assertThat(received).hasSize(20).contains("run-1:g-0", "run-1:g-19");
        assertThat(resultSegments()).isEmpty();
    }

    @Test
    void refusedResultIsDeadLetteredAfterOneAttempt() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(400).setBody("{\"error\":\"game_result\"}"));
        try (HttpLearningClient client = client(config(server.url("/").toString()).build())) {
            client.sendTrainingData(result("g-bad"));
            Await.until(WAIT, () -> client.metrics().deadLettered() == 1, () -> client.metrics().toString());
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
        Path deadLetters = tmp.resolve("spool").resolve("wz-0").resolve("dead-letter").resolve("results.jsonl");
        assertThat(Files.readString(deadLetters)).contains("run-1:g-bad").contains("\"status\":400");
        assertThat(resultSegments()).isEmpty();
    }

    @Test
    void modelComesWithItsETagIsCachedAndRevalidated() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(200).setHeader("ETag", "\"v8\"")
                .setBody("{\"version\":\"v8\",\"parameters\":{\"drone_target\":48,\"attack_supply\":110.5}}"));
        server.enqueue(new MockResponse().setResponseCode(304));
        try (HttpLearningClient client = client(config(server.url("/").toString()).build())) {
            Optional<StrategyModel> first = client.fetchLatestModel();
            assertThat(first).contains(new StrategyModel("v8", Map.of("drone_target", 48.0, "attack_supply", 110.5)));
            RecordedRequest unconditional = server.takeRequest(5, TimeUnit.SECONDS);
            assertThat(unconditional.getPath()).isEqualTo("/api/model/latest");
            assertThat(unconditional.getHeader("If-None-Match")).isNull();

            assertThat(client.fetchLatestModel()).isEqualTo(first);
            assertThat(server.takeRequest(5, TimeUnit.SECONDS).getHeader("If-None-Match")).isEqualTo("\"v8\"");
            assertThat(client.metrics().modelsFetched()).isEqualTo(1);
            assertThat(client.metrics().modelsNotChanged()).isEqualTo(1);
        }
        assertThat(tmp.resolve("data").resolve("models").resolve("latest_model.json")).exists();

        // the service goes away: the cached model answers
        try (HttpLearningClient offline = client(config("http://127.0.0.1:" + FreePort.find()).build())) {
            assertThat(offline.fetchLatestModel()).map(StrategyModel::version).contains("v8");
            assertThat(offline.metrics().modelsFromCache()).isEqualTo(1);
        }
    }

    @Test
    void aModelMayNameTheBuildOrderToPlayAndTheCachedCopyKeepsIt() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(200).setHeader("ETag", "\"g3-c07\"")
                .setBody("{\"version\":\"g3-c07\",\"parameters\":{\"drone_target\":61},\"build_order\":\"12-pool\"}"));
        try (HttpLearningClient client = client(config(server.url("/").toString()).build())) {
            assertThat(client.fetchLatestModel())
                    .contains(new StrategyModel("g3-c07", Map.of("drone_target", 61.0), "12-pool"));
        }
        try (HttpLearningClient offline = client(config("http://127.0.0.1:" + FreePort.find()).build())) {
            assertThat(offline.fetchLatestModel()).flatMap(StrategyModel::chosenBuildOrder).contains("12-pool");
        }
    }

    @Test
    void noServiceAndNoCacheMeansNoModelAndTheLogSaysNoCacheNotACachedOne() {
        ch.qos.logback.classic.Logger log = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(HttpLearningClient.class);
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> captured =
                new ch.qos.logback.core.read.ListAppender<>();
        captured.start();
        log.addAppender(captured);
        try (HttpLearningClient offline = client(config("http://127.0.0.1:" + FreePort.find()).build())) {
            assertThat(offline.fetchLatestModel()).isEmpty();
        } finally {
            log.detachAppender(captured);
        }
        assertThat(captured.list).extracting(ch.qos.logback.classic.spi.ILoggingEvent::getFormattedMessage)
                .anySatisfy(m -> assertThat(m).contains("learning service unavailable").contains("no cached model at"))
                .noneSatisfy(m -> assertThat(m).contains("using the cached"));
    }

    @Test
    void malformedModelFallsBackToTheCache() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(200).setBody("{\"version\":\"v9\",\"parameters\":{\"x\":\"high\"}}"));
        try (HttpLearningClient client = client(config(server.url("/").toString()).build())) {
            assertThat(client.fetchLatestModel()).isEmpty();
            assertThat(client.metrics().modelsFetched()).isZero();
        }
    }

    @Test
    void anUnwritableResultsSpoolStopsTheStartWithOneLineNamingTheSettingAndTheFolder() throws IOException {
        Path instanceSpool = Files.createDirectories(tmp.resolve("spool").resolve("wz-0"));
        Files.writeString(instanceSpool.resolve("results"), "a file where the results folder belongs");
        HybridConfig config = config(server.url("/").toString()).build();

        assertThatThrownBy(() -> client(config)).isInstanceOf(UnusableSettingException.class)
                .hasMessageStartingWith("spool_dir = " + tmp.resolve("spool") + " (code): cannot write to "
                        + instanceSpool.resolve("results") + ": ")
                .hasMessageContaining("SPOOL_DIR")
                .hasMessageNotContaining("\n");
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("learning-results-"));
    }
}
