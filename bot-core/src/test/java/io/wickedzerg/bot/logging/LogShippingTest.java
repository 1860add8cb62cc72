package io.wickedzerg.bot.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wickedzerg.bot.game.CurrentGame;
import io.wickedzerg.bot.testing.RecordingTelemetry;
import io.wickedzerg.clients.telemetry.BatchingTelemetryClient;
import io.wickedzerg.clients.telemetry.TelemetryClients;
import io.wickedzerg.clients.telemetry.TelemetryEvent;
import io.wickedzerg.clients.telemetry.TelemetryMetrics;
import io.wickedzerg.clients.telemetry.TelemetryServiceClient;
import io.wickedzerg.config.HybridConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * WARN and ERROR lines of a real logback context become {@code log} events of a real telemetry client (local
 * mode's JSONL files hold exactly what the service would receive).
 */
class LogShippingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private final LoggerContext context = new LoggerContext();
    private final CurrentGame game = new CurrentGame();
    private final long[] now = {0};

    private Logger logger(String name) {
        Logger logger = context.getLogger(name);
        logger.setLevel(Level.DEBUG);
        return logger;
    }

    private LogShipping ship(TelemetryServiceClient client) {
        return LogShipping.attach(context, client, game, new TokenBucket(10, 50, () -> now[0]));
    }

    private BatchingTelemetryClient localClient() {
        HybridConfig local = HybridConfig.builder().dataDir(tmp.resolve("data")).spoolDir(tmp.resolve("spool")).build();
        return TelemetryClients.builder(local, "run-logs").buildLocal();
    }

    private List<JsonNode> linesOf(String gameId) throws IOException {
        Path file = tmp.resolve("data").resolve("telemetry").resolve("run-logs").resolve(gameId + ".jsonl");
        List<JsonNode> events = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            events.add(JSON.readTree(line));
        }
        return events;
    }

    private static List<String> keys(JsonNode event) {
        List<String> keys = new ArrayList<>();
        Iterator<String> names = event.fieldNames();
        names.forEachRemaining(keys::add);
        return keys;
    }

    @AfterEach
    void stopContext() {
        context.stop();
    }

    @Test
    void warnAndErrorLinesBecomeLogEventsWithTheContractFields() throws Exception {
        Instant before = Instant.now();
        try (BatchingTelemetryClient client = localClient(); LogShipping shipping = ship(client)) {
            Logger log = logger("io.wickedzerg.bot.manager.CombatManager");
            game.started("g7", () -> 1234);
            log.warn("army of {} stuck at {}", 12, "ramp");
            log.error("manager failed", new IllegalStateException("no larva"));
            game.ended("g7");
            log.warn("between games");
            client.flush().get(10, TimeUnit.SECONDS);
            assertThat(shipping.stats()).isEqualTo(new LogShippingStats(3, 0, 0, 0));
        }
        Instant after = Instant.now();

        List<JsonNode> inGame = linesOf("g7");
        assertThat(inGame).hasSize(2);
        JsonNode warn = inGame.get(0);
        assertThat(keys(warn)).containsExactly("run_id", "seq", "game_id", "game_loop", "kind",
                "level", "logger", "message", "thread", "time");
        assertThat(warn.path("kind").asText()).isEqualTo("log");
        assertThat(warn.path("game_id").asText()).isEqualTo("g7");
        assertThat(warn.path("game_loop").asLong()).isEqualTo(1234);
        assertThat(warn.path("level").asText()).isEqualTo("WARN");
        assertThat(warn.path("logger").asText()).isEqualTo("io.wickedzerg.bot.manager.CombatManager");
        assertThat(warn.path("message").asText()).isEqualTo("army of 12 stuck at ramp");
        assertThat(warn.path("thread").asText()).isEqualTo(Thread.currentThread().getName());
        assertThat(Instant.parse(warn.path("time").asText())).isBetween(before.minusMillis(1), after);

        JsonNode error = inGame.get(1);
        assertThat(error.path("level").asText()).isEqualTo("ERROR");
        assertThat(error.path("message").asText()).isEqualTo("manager failed");
        assertThat(error.path("error").asText()).isEqualTo("java.lang.IllegalStateException: no larva");

        assertThat(linesOf("none")).singleElement().satisfies(between -> {
            assertThat(between.path("game_id").asText()).isEqualTo("none");
            assertThat(between.path("game_loop").asLong()).isZero();
            assertThat(between.path("message").asText()).isEqualTo("between games");
        });
    }

    @Test
    void infoAndDebugLinesAreNotShipped() {
        RecordingTelemetry client = new RecordingTelemetry();
        try (LogShipping shipping = ship(client)) {
            Logger log = logger("io.wickedzerg.bot.game.GameSession");
            log.info("game g1: build order hatch-gas-pool");
            log.debug("details");
            log.trace("more details");
            assertThat(client.events).isEmpty();
            assertThat(shipping.stats()).isEqualTo(LogShippingStats.NONE);
        }
    }

    @Test
    void beyondTheBurstLinesAreDroppedAndCountedUntilTheBucketRefills() {
        RecordingTelemetry client = new RecordingTelemetry();
        try (LogShipping shipping = ship(client)) {
            Logger log = logger("io.wickedzerg.bot.manager.EconomyManager");
            for (int i = 0; i < 60; i++) {
                log.warn("no drone for mineral field {}", i);
            }
            assertThat(client.events).hasSize(50);
            assertThat(shipping.stats().rateLimited()).isEqualTo(10);

            now[0] += 1_000_000_000L; // one second: ten lines' worth
            for (int i = 0; i < 15; i++) {
                log.warn("still no drone {}", i);
            }
            assertThat(client.events).hasSize(60);
            assertThat(shipping.stats()).isEqualTo(new LogShippingStats(60, 15, 0, 0));
            assertThat(client.events.get(59).fields()).containsEntry("message", "still no drone 9");
        }
    }

    @Test
    void theTelemetryPathsOwnLinesAreNeverShipped() {
        RecordingTelemetry client = new RecordingTelemetry();
        try (LogShipping shipping = ship(client)) {
            logger("io.wickedzerg.clients.telemetry.HttpBatchSink").warn("batch refused with HTTP 400");
            logger("io.wickedzerg.clients").error("clients root");
            logger("okhttp3.OkHttpClient").warn("leaked response");
            logger("io.wickedzerg.clientsfoo.Other").warn("a different package with the same start");

            assertThat(client.events).extracting(e -> e.fields().get("logger"))
                    .containsExactly("io.wickedzerg.clientsfoo.Other");
            assertThat(shipping.stats().ownLines()).isEqualTo(3);
        }
    }

    @Test
    void aLineLoggedWhileALineIsHandedOverIsNotShippedAgainAndAFailingClientNeverReachesTheCaller() {
        Logger log = logger("io.wickedzerg.bot.core.ManagerPipeline");
        List<TelemetryEvent> sent = new ArrayList<>();
        // a client that logs synchronously about what it was given, through a logger that is not excluded
        try (LogShipping shipping = ship(new CallbackTelemetry(event -> {
            sent.add(event);
            log.warn("sending {}", event.kind());
        }))) {
            log.warn("first");
            assertThat(sent).singleElement().satisfies(e -> assertThat(e.fields()).containsEntry("message", "first"));
        }

        CallbackTelemetry failingClient = new CallbackTelemetry(event -> {
            throw new IllegalStateException("client broken");
        });
        try (LogShipping shipping = ship(failingClient)) {
            log.error("goes nowhere");
            assertThat(shipping.stats().failed()).isEqualTo(1);
        }
    }

    /** A client that hands every event to a callback. */
    private record CallbackTelemetry(Consumer<TelemetryEvent> onSend)
            implements TelemetryServiceClient {
        @Override public void send(TelemetryEvent event) { onSend.accept(event); }
        @Override public CompletableFuture<Void> flush() {
            return CompletableFuture.completedFuture(null);
        }
        @Override public void close(Duration deadline) { }
        @Override public TelemetryMetrics metrics() {
            return new TelemetryMetrics(0, 0, 0, 0, 0, 0, 0, 0, 0, "NONE", 0);
        }
    }

    @Test
    void longTextsAreCutAtTwoThousandCharacters() {
        RecordingTelemetry client = new RecordingTelemetry();
        try (LogShipping shipping = ship(client)) {
            logger("io.wickedzerg.bot.strategy.BuildOrderLoader").warn("x".repeat(5_000),
                    new IllegalArgumentException("y".repeat(5_000)));
        }
        TelemetryEvent event = client.events.get(0);
        assertThat((String) event.fields().get("message")).hasSize(2_000);
        assertThat((String) event.fields().get("error")).hasSize(2_000)
                .startsWith("java.lang.IllegalArgumentException: yyy");
        // half a surrogate pair is never left at the end
        String emoji = "a".repeat(1_999) + "\uD83D\uDE00" + "b";
        assertThat(LogLineEvent.truncate(emoji)).hasSize(1_999);
    }

    @Test
    void afterCloseTheAppenderIsGoneFromTheRootLogger() {
        RecordingTelemetry client = new RecordingTelemetry();
        LogShipping shipping = ship(client);
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        assertThat(root.getAppender("telemetry-log-shipping")).isNotNull();

        shipping.close();
        logger("io.wickedzerg.bot.game.BotRuntime").warn("after close");

        assertThat(root.getAppender("telemetry-log-shipping")).isNull();
        assertThat(client.events).isEmpty();
    }
}
