package io.wickedzerg.app.services;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wickedzerg.app.testing.LoopbackHttp;
import io.wickedzerg.services.testing.Await;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A service process's log under config/logback-services.xml: JSON lines, each with the time, the level, the
 * service (logback's context name) and the message; a request's line carries its request id and the service in
 * the MDC. A failed request has its line at the default level, every request with WZ_REQUEST_LOG_LEVEL=DEBUG.
 */
class ServiceJsonLogTest {

    private static final Duration START = Duration.ofSeconds(120);
    private static final Pattern LISTENING = Pattern.compile("telemetry listening on (http://\\S+)");

    @TempDir
    Path dir;

    @Test
    void everyLineIsJsonAndAFailedRequestsLineCarriesItsRequestIdAndTheService() throws Exception {
        Path work = dir.resolve("default");
        Process service = ServiceJvm.start("telemetry", work, List.of("--port", "0"));
        try {
            URI base = awaitListening(work);
            assertThat(LoopbackHttp.get(base.resolve("/health"), "X-Request-Id", "log-ok-1").statusCode())
                    .isEqualTo(200);
            assertThat(LoopbackHttp.get(base.resolve("/api/games/no-such-game"), "X-Request-Id", "log-missing-1")
                    .statusCode()).isEqualTo(404);
            JsonNode missing = awaitLineOf(work, "log-missing-1");

            assertThat(missing.get("level").asText()).isEqualTo("INFO");
            assertThat(missing.get("context").get("name").asText()).isEqualTo("telemetry");
            assertThat(missing.get("mdc").get("service").asText()).isEqualTo("telemetry");
            assertThat(missing.get("formattedMessage").asText()).startsWith("GET /api/games/no-such-game -> 404 in ");
            assertThat(missing.get("timestamp").asLong()).isPositive();
            assertThat(lines(work)).as("a request that succeeded is logged at DEBUG only")
                    .noneMatch(line -> line.path("mdc").path("request_id").asText().equals("log-ok-1"));
        } finally {
            stop(service);
        }
        assertThat(read(ServiceJvm.jsonLog(work, "telemetry"))).as("the last line is whole too").endsWith("\n");
        List<JsonNode> lines = lines(work);
        assertThat(lines).as("every line is a JSON object with time, level, service and message").allSatisfy(line -> {
            assertThat(line.get("timestamp").asLong()).isPositive();
            assertThat(line.get("level").asText()).isIn("ERROR", "WARN", "INFO", "DEBUG", "TRACE");
            assertThat(line.get("context").get("name").asText()).isEqualTo("telemetry");
            assertThat(line.get("formattedMessage").isTextual()).isTrue();
        });
        assertThat(lines).anyMatch(line -> line.get("formattedMessage").asText().equals("telemetry stopped"));
    }

    @Test
    void withTheRequestLogAtDebugEveryRequestHasALineWithItsId() throws Exception {
        Path work = dir.resolve("debug");
        Process service = ServiceJvm.start("telemetry", work, List.of("--port", "0"), "-DWZ_REQUEST_LOG_LEVEL=DEBUG");
        try {
            URI base = awaitListening(work);
            assertThat(LoopbackHttp.get(base.resolve("/api/games"), "X-Request-Id", "log-ok-2").statusCode())
                    .isEqualTo(200);
            JsonNode ok = awaitLineOf(work, "log-ok-2");

            assertThat(ok.get("level").asText()).isEqualTo("DEBUG");
            assertThat(ok.get("mdc").get("service").asText()).isEqualTo("telemetry");
            assertThat(ok.get("formattedMessage").asText()).startsWith("GET /api/games -> 200 in ");
        } finally {
            stop(service);
        }
    }

    /** The service prints its URL once it listens; port 0 lets the kernel pick a port that is free. */
    private static URI awaitListening(Path work) {
        Path output = ServiceJvm.output(work, "telemetry");
        Await.until("the telemetry service to listen (see " + output + ")", START,
                () -> LISTENING.matcher(read(output)).find());
        Matcher matcher = LISTENING.matcher(read(output));
        assertThat(matcher.find()).isTrue();
        return URI.create(matcher.group(1));
    }

    /** The request's line: written after the response went out, so it may come a moment later. */
    private static JsonNode awaitLineOf(Path work, String requestId) {
        Await.until("a log line with request id " + requestId, START, () -> lines(work).stream()
                .anyMatch(line -> line.path("mdc").path("request_id").asText().equals(requestId)));
        return lines(work).stream().filter(line -> line.path("mdc").path("request_id").asText().equals(requestId))
                .findFirst().orElseThrow();
    }

    /** Every whole line of the JSON log, each parsed: one that is not JSON fails the test here. */
    private static List<JsonNode> lines(Path work) {
        Path log = ServiceJvm.jsonLog(work, "telemetry");
        String text = read(log);
        // a line the service is writing right now is not whole yet
        String whole = text.substring(0, text.lastIndexOf('\n') + 1);
        List<JsonNode> parsed = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : whole.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            try {
                parsed.add(json.readTree(line));
            } catch (IOException e) {
                throw new AssertionError("not a JSON line in " + log + ": " + line, e);
            }
        }
        return parsed;
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SIGTERM, as Ctrl-C or the supervisor sends it: the shutdown hook closes the service. */
    private static void stop(Process service) throws Exception {
        service.destroy();
        assertThat(service.waitFor(60, TimeUnit.SECONDS)).as("the service exits after SIGTERM").isTrue();
    }
}
