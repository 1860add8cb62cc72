package io.wickedzerg.services.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wickedzerg.services.http.TestHttp;
import io.wickedzerg.services.learning.LearningSettings;
import io.wickedzerg.services.runtime.RunningService;
import io.wickedzerg.services.settings.Secret;
import io.wickedzerg.services.settings.ServiceName;
import io.wickedzerg.services.settings.ServiceSettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The services on a real PostgreSQL (embedded binaries, no Docker), with the same migrations as SQLite. Two
 * services of one kind on one database stand for two processes: they share nothing but the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresServicesTest {

    private EmbeddedPostgres postgres;
    @TempDir
    Path dir;

    @BeforeAll
    void startPostgres() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    void stopPostgres() throws Exception {
        postgres.close();
    }

    private ServiceSettings onPostgres(ServiceName service) {
        return ServiceSettings.builder(service, 0, dir).database(postgres.getJdbcUrl("postgres", "postgres"),
                "postgres", Secret.of("")).build();
    }

    private static String batch(String run, int from, int count) {
        StringBuilder events = new StringBuilder();
        for (int i = 0; i < count; i++) {
            int seq = from + i;
            events.append(i == 0 ? "" : ",").append("{\"run_id\":\"").append(run).append("\",\"seq\":").append(seq)
                    .append(",\"game_id\":\"").append(run).append("-g1\",\"game_loop\":").append(seq * 22)
                    .append(",\"kind\":\"sample\",\"minerals\":").append(seq).append('}');
        }
        return "{\"run_id\":\"" + run + "\",\"batch_id\":\"" + run + "-" + from + "\",\"events\":[" + events + "]}";
    }

    @Test
    void twoTelemetryProcessesOnOneDatabaseIngestReplayedBatchesExactlyOnce() throws Exception {
        try (RunningService first = RunningService.start(onPostgres(ServiceName.TELEMETRY), Clock.systemUTC());
             RunningService second = RunningService.start(onPostgres(ServiceName.TELEMETRY), Clock.systemUTC())) {
            TestHttp a = new TestHttp(first.baseUrl());
            TestHttp b = new TestHttp(second.baseUrl());
            // 40 batches of 100 events, each sent to both services at once, overlapping by half with the next
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<TestHttp.Answer>> answers = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String body = batch("pg-run", 1 + i * 50, 100);
                answers.add(pool.submit(() -> a.post("/api/telemetry", body)));
                answers.add(pool.submit(() -> b.post("/api/telemetry", body)));
            }
            long inserted = 0;
            long duplicates = 0;
            for (Future<TestHttp.Answer> future : answers) {
                TestHttp.Answer answer = future.get();
                assertThat(answer.status()).as(answer.body()).isEqualTo(200);
                inserted += answer.json().get("new").asLong();
                duplicates += answer.json().get("duplicates").asLong();
            }
            pool.shutdown();

            long distinct = 39 * 50 + 100;
            assertThat(inserted).isEqualTo(distinct);
            assertThat(inserted + duplicates).isEqualTo(80L * 100);
            JsonNode game = b.get("/api/games/pg-run-g1").json();
            assertThat(game.get("event_count").asLong()).isEqualTo(distinct);
            assertThat(a.get("/api/games/pg-run-g1/telemetry?limit=100000").json().get("count").asLong())
                    .isEqualTo(distinct);
            assertThat(game.get("first_loop").asLong()).isEqualTo(22);
            assertThat(game.get("last_loop").asLong()).isEqualTo(distinct * 22);
        }
    }

    @Test
    void queriesAndTheRegistryWorkOnPostgres() {
        try (RunningService telemetry = RunningService.start(onPostgres(ServiceName.TELEMETRY), Clock.systemUTC());
             RunningService registry = RunningService.start(onPostgres(ServiceName.REGISTRY), Clock.systemUTC())) {
            TestHttp t = new TestHttp(telemetry.baseUrl());
            TestHttp r = new TestHttp(registry.baseUrl());
            t.post("/api/telemetry", batch("pg-q", 1, 20));
            t.post("/api/logs", "{\"source\":\"svc-1\",\"service\":\"registry\",\"lines\":[{\"seq\":1,"
                    + "\"time\":\"2026-12-02T10:00:00Z\",\"level\":\"ERROR\",\"logger\":\"x\",\"message\":\"boom\"}]}");
            r.post("/api/services", "{\"name\":\"telemetry\",\"url\":\"http://h:8001\",\"instance_id\":\"i1\","
                    + "\"ttl_seconds\":60,\"metadata\":{\"load\":0.5}}");

            JsonNode series = t.get("/api/games/pg-q-g1/telemetry?fields=minerals&from_loop=44&to_loop=66").json();
            assertThat(series.get("count").asInt()).isEqualTo(2);
            assertThat(series.get("events").get(0).get("minerals").asInt()).isEqualTo(2);
            assertThat(t.get("/api/logs?level=ERROR&service=registry").json().get("lines").get(0).get("message")
                    .asText()).isEqualTo("boom");
            assertThat(r.get("/api/services/telemetry").json().get("url").asText()).isEqualTo("http://h:8001");
            assertThat(t.get("/health").json().get("ready").asBoolean()).isTrue();
        }
    }

    /** 2 candidates x 30 games: 60 results fill generation 0 exactly. */
    private RunningService learningOnPostgres() {
        return RunningService.learning(onPostgres(ServiceName.LEARNING), LearningSettings.builder(Path.of(
                System.getProperty("wz.projectRoot", "..")).resolve("config")).populationSize(2)
                .gamesPerCandidate(LEARNING_RESULTS / 2).seed(9).build(), Clock.systemUTC());
    }

    private static final int LEARNING_RESULTS = 60;

    @Test
    void twoLearningProcessesGivenTheSameResultsAtOnceRecordEachExactlyOnce() throws Exception {
        try (RunningService first = learningOnPostgres(); RunningService second = learningOnPostgres()) {
            TestHttp a = new TestHttp(first.baseUrl());
            TestHttp b = new TestHttp(second.baseUrl());
            JsonNode candidates = a.get("/api/stats").json().get("current").get("candidates");
            String c00 = candidates.get(0).get("version").asText();
            String c01 = candidates.get(1).get("version").asText();
            // each result to both processes at once: the optimiser state is written by both all the time
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<TestHttp.Answer>> answers = new ArrayList<>();
            for (int i = 0; i < LEARNING_RESULTS; i++) {
                String body = "{\"run_id\":\"pg-run\",\"game_id\":\"g" + i + "\",\"game_result\":\""
                        + (i % 3 == 0 ? "Defeat" : "Victory") + "\",\"game_time\":" + (200 + i)
                        + ",\"build_order_score\":1,\"loss_reason\":\"\",\"parameters_updated\":0,\"parameters\":{},"
                        + "\"model_version\":\"" + (i % 2 == 0 ? c00 : c01) + "\"}";
                answers.add(pool.submit(() -> a.post("/api/training", body)));
                answers.add(pool.submit(() -> b.post("/api/training", body)));
            }
            int fresh = 0;
            int duplicates = 0;
            int completions = 0;
            for (Future<TestHttp.Answer> future : answers) {
                TestHttp.Answer answer = future.get();
                assertThat(answer.status()).as(answer.body()).isEqualTo(200);
                JsonNode body = answer.json();
                assertThat(body.get("status").asText()).as(answer.body()).isEqualTo("recorded");
                if (body.get("duplicate").asBoolean()) {
                    duplicates++;
                } else {
                    fresh++;
                    completions += body.get("completed_generation").isNull() ? 0 : 1;
                }
            }
            pool.shutdown();
            JsonNode stats = b.get("/api/stats").json();

            assertThat(fresh).isEqualTo(LEARNING_RESULTS);
            assertThat(duplicates).isEqualTo(LEARNING_RESULTS);
            assertThat(completions).as("one result completed generation 0").isEqualTo(1);
            assertThat(stats.get("results").get("stored").asInt()).isEqualTo(LEARNING_RESULTS);
            assertThat(stats.get("results").get("recorded").asInt()).isEqualTo(LEARNING_RESULTS);
            JsonNode done = stats.get("generations").get(0);
            assertThat(done.get("games").asInt()).as("no update of the state lost").isEqualTo(LEARNING_RESULTS);
            assertThat(done.get("wins").asInt()).isEqualTo(LEARNING_RESULTS - LEARNING_RESULTS / 3);
            assertThat(stats.get("current").get("generation").asInt()).isEqualTo(1);
            assertThat(a.get("/api/model/latest").json().get("version"))
                    .isEqualTo(b.get("/api/model/latest").json().get("version"));
        }
    }
}
