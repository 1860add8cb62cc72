package io.wickedzerg.services.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.wickedzerg.services.runtime.RunningService;
import io.wickedzerg.services.settings.RequestLimits;
import io.wickedzerg.services.settings.ServiceName;
import io.wickedzerg.services.settings.ServiceSettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API key, the body limits and gzip, on the real telemetry service. */
class GuardsTest {

    private static final String KEY = "s3cret-key";
    private static final String ONE_EVENT = "{\"events\":[{\"run_id\":\"r\",\"seq\":1,\"game_id\":\"g\",\"game_loop\":1,"
            + "\"kind\":\"sample\"}]}";

    @TempDir
    Path dir;
    private RunningService service;
    private TestHttp anonymous;
    private TestHttp keyed;

    @BeforeEach
    void start() {
        ServiceSettings settings = ServiceSettings.builder(ServiceName.TELEMETRY, 0, dir).apiKey(KEY)
                .limits(new RequestLimits(64 * 1024, 256 * 1024, 100, 1000)).build();
        service = RunningService.start(settings, Clock.systemUTC());
        anonymous = new TestHttp(service.baseUrl());
        keyed = anonymous.withKey(KEY);
    }

    @AfterEach
    void stop() {
        service.close();
    }

    @Test
    void everyApiRequestNeedsTheKeyButHealthDoesNot() {
        assertThat(anonymous.post("/api/telemetry", ONE_EVENT).status()).isEqualTo(401);
        assertThat(anonymous.get("/api/games").status()).isEqualTo(401);
        assertThat(anonymous.withKey("wrong").get("/api/games").status()).isEqualTo(401);
        assertThat(anonymous.withKey(KEY + "x").get("/api/games").status()).isEqualTo(401);
        assertThat(anonymous.get("/health").status()).isEqualTo(200);
        assertThat(keyed.post("/api/telemetry", ONE_EVENT).status()).isEqualTo(200);
        assertThat(anonymous.get("/api/games").body()).doesNotContain(KEY);
    }

    @Test
    void aBodyOverTheLimitIs413() {
        String big = "{\"events\":[],\"pad\":\"" + "x".repeat(70 * 1024) + "\"}";
        TestHttp.Answer tooBig = keyed.post("/api/telemetry", big);

        assertThat(tooBig.status()).isEqualTo(413);
        assertThat(tooBig.json().get("problem").asText()).contains("max_body_bytes");
    }

    /**
     * The client is still writing when the service decides: without draining the body first, about one
     * answer in ten was lost to the connection's reset on loopback.
     */
    @Test
    void everyBodyUpToFourTimesTheLimitGetsIts413NotAReset() {
        int limit = 64 * 1024;
        for (int i = 0; i < 100; i++) {
            int size = limit + 1 + i * (RefusedBodies.DRAIN_FACTOR - 1) * limit / 100;
            String big = "{\"events\":[],\"pad\":\"" + "x".repeat(size - 22) + "\"}";

            TestHttp.Answer answer = keyed.post("/api/telemetry", big);

            assertThat(answer.status()).as("a body of %d bytes", size).isEqualTo(413);
            assertThat(answer.json().get("field").asText()).isEqualTo("body");
        }
        assertThat(keyed.post("/api/telemetry", ONE_EVENT).status()).isEqualTo(200);
    }

    /**
     * Every refusal, not only the 413, can go out while the client is still writing a large body: 401 (no key), 415
     * (an encoding the service does not read; 413 over the limit) and 404 (no such path) must each reach the client.
     */
    @Test
    void everyRefusalOfALargeBodyIsAnsweredNotReset() {
        int limit = 64 * 1024;
        for (int i = 0; i < 40; i++) {
            int size = limit / 2 + i * (RefusedBodies.DRAIN_FACTOR * limit - limit / 2) / 40;
            byte[] body = ("{\"events\":[],\"pad\":\"" + "x".repeat(size) + "\"}").getBytes(StandardCharsets.UTF_8);

            assertThat(anonymous.send("/api/telemetry", "identity", body).status()).as("401, %d bytes", size)
                    .isEqualTo(401);
            int encodingRefused = body.length > limit ? 413 : 415; // the declared length is checked first
            assertThat(keyed.send("/api/telemetry", "br", body).status()).as("'br', %d bytes", size)
                    .isEqualTo(encodingRefused);
            assertThat(keyed.send("/api/no-such-path", "identity", body).status()).as("404, %d bytes", size)
                    .isEqualTo(404);
        }
        assertThat(keyed.post("/api/telemetry", ONE_EVENT).status()).isEqualTo(200);
    }

    @Test
    void aGzipBombIs413NotAnOutOfMemory() {
        byte[] bomb = new byte[16 * 1024 * 1024]; // zeros: 16 MiB inflate from about 16 KiB
        byte[] gz = TestHttp.gzip(bomb);
        assertThat(gz.length).isLessThan(64 * 1024);

        TestHttp.Answer answer = keyed.postGzip("/api/telemetry", bomb);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.json().get("problem").asText()).contains("max_inflated_bytes");
        assertThat(keyed.get("/health").status()).isEqualTo(200);
    }

    @Test
    void gzipBodiesAreAcceptedAndBrokenGzipIs400() {
        assertThat(keyed.postGzip("/api/telemetry", ONE_EVENT.getBytes(StandardCharsets.UTF_8)).status())
                .isEqualTo(200);
        byte[] broken = TestHttp.gzip(ONE_EVENT.getBytes(StandardCharsets.UTF_8));
        broken[12] ^= 0x55;
        TestHttp.Answer answer = keyed.send("/api/telemetry", "gzip", broken);
        assertThat(answer.status()).isEqualTo(400);
    }

    @Test
    void tooManyEventsOrTooLongAStringIsRefusedNamingTheLimit() {
        StringBuilder events = new StringBuilder();
        for (int i = 0; i < 101; i++) {
            events.append(i == 0 ? "" : ",").append("{\"run_id\":\"r\",\"seq\":").append(i)
                    .append(",\"game_id\":\"g\",\"game_loop\":1,\"kind\":\"sample\"}");
        }
        TestHttp.Answer many = keyed.post("/api/telemetry", "{\"events\":[" + events + "]}");
        TestHttp.Answer longString = keyed.post("/api/telemetry", "{\"events\":[{\"run_id\":\"r\",\"seq\":1,"
                + "\"game_id\":\"g\",\"game_loop\":1,\"kind\":\"sample\",\"note\":\"" + "y".repeat(1001) + "\"}]}");

        assertThat(many.status()).isEqualTo(413);
        assertThat(many.json().get("field").asText()).isEqualTo("events");
        assertThat(longString.status()).isEqualTo(400);
        assertThat(longString.json().get("field").asText()).isEqualTo("events[0].note");
    }
}
