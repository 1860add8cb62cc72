package io.wickedzerg.services.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wickedzerg.services.http.TestHttp;
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

/** The services on a real PostgreSQL (embedded binaries, no Docker), with the same migrations as SQLite. */
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
}
