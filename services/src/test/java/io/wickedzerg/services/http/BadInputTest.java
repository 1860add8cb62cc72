package io.wickedzerg.services.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.wickedzerg.services.runtime.RunningService;
import io.wickedzerg.services.settings.RequestLimits;
import io.wickedzerg.services.settings.ServiceName;
import io.wickedzerg.services.settings.ServiceSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hundreds of generated bad requests against the real telemetry service and registry: every one
 * gets a 4xx, none a 5xx, and afterwards both are healthy with their data as it was.
 */
class BadInputTest {

    private static final String KEY = "k-123";
    private static final String GOOD_EVENT = "{\"run_id\":\"r1\",\"seq\":%d,\"game_id\":\"r1-g1\",\"game_loop\":%d,"
            + "\"kind\":\"sample\",\"minerals\":50}";

    @TempDir
    Path dir;

    @Test
    void everyBadRequestIsA4xxAndNothingChanges() throws Exception {
        RequestLimits limits = new RequestLimits(256 * 1024, 1024 * 1024, 500, 2000);
        try (RunningService telemetry = RunningService.start(ServiceSettings.builder(ServiceName.TELEMETRY, 0,
                dir.resolve("t")).apiKey(KEY).limits(limits).build(), Clock.systemUTC());
             RunningService registry = RunningService.start(ServiceSettings.builder(ServiceName.REGISTRY, 0,
                     dir.resolve("r")).apiKey(KEY).limits(limits).build(), Clock.systemUTC())) {
            TestHttp t = new TestHttp(telemetry.baseUrl()).withKey(KEY);
            TestHttp r = new TestHttp(registry.baseUrl()).withKey(KEY);
            assertThat(t.post("/api/telemetry", batch(1, 10)).status()).isEqualTo(200);
            assertThat(r.post("/api/services", "{\"name\":\"telemetry\",\"url\":\"http://h:8001\",\"instance_id\":\"a\","
                    + "\"ttl_seconds\":600}").status()).isEqualTo(200);
            String gamesBefore = t.get("/api/games").body().replaceAll("\"last_seen\":\"[^\"]*\"", "");
            String seriesBefore = t.get("/api/games/r1-g1/telemetry").body();
            String servicesBefore = r.get("/api/services").body();

            List<Supplier<TestHttp.Answer>> requests = generate(t, r, telemetry.port(), new Random(42));
            Map<Integer, Integer> tally = new TreeMap<>();
            List<String> failures = new ArrayList<>();
            for (int i = 0; i < requests.size(); i++) {
                TestHttp.Answer answer = requests.get(i).get();
                tally.merge(answer.status(), 1, Integer::sum);
                if (answer.status() < 400 || answer.status() >= 500) {
                    failures.add("request " + i + " -> " + answer.status() + " " + answer.body());
                }
                if (answer.body().contains("Exception") || answer.body().contains("\tat ")) {
                    failures.add("request " + i + " leaked a stack: " + answer.body());
                }
            }
            System.out.println("bad input: " + requests.size() + " requests, by status " + tally);

            assertThat(requests.size()).isGreaterThanOrEqualTo(200);
            assertThat(failures).isEmpty();
            assertThat(t.get("/health").status()).isEqualTo(200);
            assertThat(r.get("/health").status()).isEqualTo(200);
            assertThat(t.get("/api/games").body().replaceAll("\"last_seen\":\"[^\"]*\"", "")).isEqualTo(gamesBefore);
            assertThat(t.get("/api/games/r1-g1/telemetry").body()).isEqualTo(seriesBefore);
            assertThat(r.get("/api/services").body().replaceAll("\"(last_seen|expires_at)\":\"[^\"]*\"", ""))
                    .isEqualTo(servicesBefore.replaceAll("\"(last_seen|expires_at)\":\"[^\"]*\"", ""));
        }
    }

    private static String batch(int from, int count) {
        StringBuilder events = new StringBuilder();
        for (int i = 0; i < count; i++) {
            events.append(i == 0 ? "" : ",").append(String.format(GOOD_EVENT, from + i, (from + i) * 22));
        }
        return "{\"run_id\":\"r1\",\"batch_id\":\"b" + from + "\",\"events\":[" + events + "]}";
    }

    private static List<Supplier<TestHttp.Answer>> generate(TestHttp t, TestHttp r, int telemetryPort, Random random) {
        List<Supplier<TestHttp.Answer>> out = new ArrayList<>();
        String valid = batch(100, 5);
        // malformed JSON: every cut of a valid batch that leaves it unparseable
        for (int i = 0; i < 60; i++) {
            int cut = 1 + random.nextInt(valid.length() - 2);
            out.add(() -> t.post("/api/telemetry", valid.substring(0, cut)));
        }
        // wrong types and missing fields, for each required key of an event
        String[] keys = {"run_id", "seq", "game_id", "game_loop", "kind"};
        String[] wrong = {"null", "true", "-1", "1.5", "\"x y\"", "[]", "{}", "\"" + "z".repeat(300) + "\"", "1e400"};
        for (String key : keys) {
            for (String value : wrong) {
                String event = "{\"run_id\":\"r1\",\"seq\":500,\"game_id\":\"r1-g1\",\"game_loop\":1,\"kind\":\"sample\"}"
                        .replaceFirst("\"" + key + "\":(\"[^\"]*\"|[0-9]+)", "\"" + key + "\":" + value);
                if (key.equals("kind") && value.equals("\"x y\"") || !event.contains("\"" + key + "\":" + value)) {
                    continue;
                }
                out.add(() -> t.post("/api/telemetry", "{\"events\":[" + event + "]}"));
            }
            String missing = "{\"run_id\":\"r1\",\"seq\":500,\"game_id\":\"r1-g1\",\"game_loop\":1,\"kind\":\"sample\"}"
                    .replaceFirst("\"" + key + "\":(\"[^\"]*\"|[0-9]+),?", "").replace(",}", "}");
            out.add(() -> t.post("/api/telemetry", "{\"events\":[" + missing + "]}"));
        }
        // wrong shapes of the batch
        for (String body : List.of("[]", "1", "\"x\"", "null", "{}", "{\"events\":{}}", "{\"events\":[1]}",
                "{\"events\":[[]]}", "{\"events\":null}", "{\"run_id\":\"other\",\"events\":[" + String.format(GOOD_EVENT, 900, 1) + "]}",
                "{\"events\":[" + String.format(GOOD_EVENT, 901, 1).replace("\"minerals\":50", "\"deep\":" + "[".repeat(20) + "]".repeat(20)) + "]}")) {
            out.add(() -> t.post("/api/telemetry", body));
        }
        // huge bodies, too many events, gzip bombs, unknown encodings
        out.add(() -> t.postDeclaringOnly("/api/telemetry", 300 * 1024));
        out.add(() -> t.post("/api/telemetry", batch(1000, 501)));
        for (int i = 0; i < 5; i++) {
            int size = (2 + i) * 1024 * 1024;
            out.add(() -> t.postGzip("/api/telemetry", new byte[size]));
        }
        out.add(() -> t.send("/api/telemetry", "br", valid.getBytes(StandardCharsets.UTF_8)));
        out.add(() -> t.send("/api/telemetry", "gzip", valid.getBytes(StandardCharsets.UTF_8)));
        // wrong or missing keys
        TestHttp noKey = t.withKey(null);
        for (String path : List.of("/api/telemetry", "/api/games", "/api/games/r1-g1", "/api/games/r1-g1/telemetry",
                "/api/logs")) {
            out.add(() -> noKey.get(path));
            out.add(() -> t.withKey("k-12").get(path));
            out.add(() -> t.withKey("k-1234").get(path));
            out.add(() -> t.withKey("").get(path));
        }
        out.add(() -> noKey.post("/api/telemetry", valid));
        out.add(() -> r.withKey("nope").post("/api/services", "{}"));
        // wrong methods
        for (String method : List.of("PUT", "DELETE", "PATCH")) {
            out.add(() -> t.method(method, "/api/telemetry", valid));
            out.add(() -> t.method(method, "/api/games", null));
            out.add(() -> t.method(method, "/api/games/r1-g1/telemetry", null));
            out.add(() -> r.method(method, "/api/services", "{}"));
        }
        out.add(() -> t.method("POST", "/api/games", "{}"));
        out.add(() -> t.method("POST", "/health", "{}"));
        // path tricks and bad query parameters
        for (String path : List.of("/api/games/..%2F..%2Fetc%2Fpasswd", "/api/games/%00", "/api/games/" + "a".repeat(300),
                "/api/games/r1-g1%27%20OR%201=1", "/api/../api/games/x", "/api/games/r1-g1/telemetry/extra",
                "/API/GAMES", "/api/games/r1-g1/telemetry?from_loop=abc", "/api/games/r1-g1/telemetry?to_loop=-5",
                "/api/games/r1-g1/telemetry?from_loop=10&to_loop=5", "/api/games/r1-g1/telemetry?fields=a;drop",
                "/api/games/r1-g1/telemetry?limit=0", "/api/games?limit=100000", "/api/games?offset=-1",
                "/api/logs?level=TRACE", "/api/logs?since=yesterday", "/api/logs?service=%2E%2E",
                "/api/games/unknown-game/telemetry", "/nothing", "/api", "/api/")) {
            out.add(() -> t.get(path));
        }
        out.add(() -> rawRequest(telemetryPort, "GET /api/games HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + KEY
                + "\r\nContent-Length: abc\r\n\r\n"));
        out.add(() -> rawRequest(telemetryPort, "POST /api/telemetry HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                + KEY + "\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"));
        // logs and registry bodies
        for (String body : List.of("{}", "{\"source\":\"s\",\"service\":\"x\"}",
                "{\"source\":\"s\",\"service\":\"x\",\"lines\":[{\"seq\":1}]}",
                "{\"source\":\"s\",\"service\":\"x\",\"lines\":[{\"seq\":1,\"time\":\"now\",\"level\":\"WARN\",\"logger\":\"l\",\"message\":\"m\"}]}",
                "{\"source\":\"s\",\"service\":\"x\",\"lines\":[{\"seq\":1,\"time\":\"2026-12-02T00:00:00Z\",\"level\":\"INFO\",\"logger\":\"l\",\"message\":\"m\"}]}",
                "{\"source\":\"../x\",\"service\":\"x\",\"lines\":[]}")) {
            out.add(() -> t.post("/api/logs", body));
        }
        for (String body : List.of("{}", "[]", "{\"name\":\"../x\",\"url\":\"http://h:1\",\"instance_id\":\"i\",\"ttl_seconds\":5}",
                "{\"name\":\"t\",\"url\":\"not a url\",\"instance_id\":\"i\",\"ttl_seconds\":5}",
                "{\"name\":\"t\",\"url\":\"/relative\",\"instance_id\":\"i\",\"ttl_seconds\":5}",
                "{\"name\":\"t\",\"url\":\"http://h:1\",\"instance_id\":\"i\",\"ttl_seconds\":0}",
                "{\"name\":\"t\",\"url\":\"http://h:1\",\"instance_id\":\"i\",\"ttl_seconds\":99999}",
                "{\"name\":\"t\",\"url\":\"http://h:1\",\"instance_id\":\"i\",\"ttl_seconds\":5,\"metadata\":[]}",
                "{\"name\":\"t\",\"url\":\"http://h:1\",\"instance_id\":\"i\",\"ttl_seconds\":5,\"metadata\":{\"load\":-1}}",
                "{\"name\":\"t\",\"url\":\"http://h:1\",\"instance_id\":\"i i\",\"ttl_seconds\":5}", "{\"name\":")) {
            out.add(() -> r.post("/api/services", body));
        }
        out.add(() -> r.method("PUT", "/api/services/telemetry?instance_id=ghost", null));
        out.add(() -> r.method("DELETE", "/api/services/..%2Fx?instance_id=a", null));
        out.add(() -> r.get("/api/services/no-such-service"));
        return out;
    }

    /** Bytes no HTTP client library would send. */
    private static TestHttp.Answer rawRequest(int port, String request) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String head = new String(in.readNBytes(12), StandardCharsets.ISO_8859_1);
            int status = Integer.parseInt(head.substring(9, 12));
            return new TestHttp.Answer(status, "", null);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
