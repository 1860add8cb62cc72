package io.wickedzerg.services.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ServiceHttpServerTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private ServiceHttpServer server;

    @BeforeEach
    void start() throws Exception {
        server = ServiceHttpServer.start("telemetry", "127.0.0.1", 0, clock);
        server.route("/api/echo", "POST", exchange ->
                server.respond(exchange, 200, Map.of("echo", ServiceHttpServer.bodyText(exchange))));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder to(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
    }

    @Test
    void healthSaysOkAndNamesTheService() throws Exception {
        HttpResponse<String> response = send(to("/health").GET());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json.readTree(response.body()).get("service").asText()).isEqualTo("telemetry");
    }

    @Test
    void metricsCountRequestsAndClientErrorsAndUseTheInjectedClock() throws Exception {
        send(to("/health").GET());
        send(to("/nope").GET());
        send(to("/api/echo").GET());
        clock.advance(Duration.ofSeconds(42));

        JsonNode metrics = json.readTree(send(to("/metrics").GET()).body());

        assertThat(metrics.get("requests_total").asLong()).isEqualTo(4);
        assertThat(metrics.get("client_errors_total").asLong()).isEqualTo(2);
        assertThat(metrics.get("uptime_seconds").asLong()).isEqualTo(42);
    }

    @Test
    void unknownPathsAndWrongMethodsGetJsonErrors() throws Exception {
        HttpResponse<String> missing = send(to("/api/echo/extra").POST(HttpRequest.BodyPublishers.ofString("x")));
        HttpResponse<String> wrongMethod = send(to("/api/echo").DELETE());

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(json.readTree(missing.body()).get("error").asText()).contains("/api/echo/extra");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.headers().firstValue("Allow")).hasValue("POST");
    }

    @Test
    void routesReceiveTheBody() throws Exception {
        HttpResponse<String> response = send(to("/api/echo").POST(HttpRequest.BodyPublishers.ofString("héllo")));

        assertThat(json.readTree(response.body()).get("echo").asText()).isEqualTo("héllo");
    }

    /** A clock the test moves by hand. */
    private static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
