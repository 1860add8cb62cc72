package io.wickedzerg.services.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wickedzerg.services.http.TestHttp;
import io.wickedzerg.services.runtime.RunningService;
import io.wickedzerg.services.settings.Secret;
import io.wickedzerg.services.settings.ServiceName;
import io.wickedzerg.services.settings.ServiceSettings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dashboard's page and /data/* over real HTTP, with the services behind it down or guarded by a key. */
class DashboardServiceTest {

    /** Nothing listens on port 1 on loopback: a service that is down. */
    private static final URI NOWHERE = URI.create("http://127.0.0.1:1");

    @TempDir
    Path dir;

    @Test
    void withEveryServiceDownEveryPanelStillAnswersAndSaysWhatIsDown() {
        try (RunningService dashboard = RunningService.dashboard(local(ServiceName.DASHBOARD), nowhere(Optional.empty()),
                Clock.systemUTC())) {
            TestHttp http = new TestHttp(dashboard.baseUrl());

            JsonNode overview = ok(http.get("/data/overview"));
            assertThat(overview.get("services")).extracting(s -> s.get("name").asText() + " " + s.get("state").asText())
                    .containsExactly("telemetry down", "registry down", "learning down", "supervisor down");
            assertThat(overview.get("services").get(0).get("problem").asText()).isEqualTo("connection refused");
            assertThat(overview.at("/supervisor/problem").asText()).isEqualTo("connection refused");
            assertThat(overview.at("/registry/problem").asText()).isEqualTo("connection refused");
            assertThat(overview.at("/ingest/problem").asText()).isEqualTo("connection refused");

            for (String panel : List.of("/data/games", "/data/games/g-1", "/data/logs")) {
                JsonNode body = ok(http.get(panel));
                assertThat(body.get("available").asBoolean()).as(panel).isFalse();
                assertThat(body.get("problem").asText()).as(panel)
                        .isEqualTo("telemetry service http://127.0.0.1:1: connection refused");
            }
            assertThat(ok(http.get("/data/learning")).get("problem").asText())
                    .isEqualTo("learning service not running (http://127.0.0.1:1: connection refused)");
            assertThat(http.get("/health").status()).as("the dashboard itself is ready").isEqualTo(200);
        }
    }

    @Test
    void theApiKeyGoesToTheServicesBehindAndBadInputIsA400() {
        String key = "s3cret-key";
        try (RunningService telemetry = RunningService.start(withKey(local(ServiceName.TELEMETRY), key),
                Clock.systemUTC());
             RunningService dashboard = RunningService.dashboard(withKey(local(ServiceName.DASHBOARD), key),
                     telemetryAt(telemetry.baseUrl(), Optional.of(Secret.of(key))), Clock.systemUTC())) {
            TestHttp http = new TestHttp(dashboard.baseUrl());
            SeededGame game = new SeededGame("run-k", "game-k", 3);
            SeededServices.expectOk(new TestHttp(telemetry.baseUrl()).withKey(key).post("/api/telemetry", game.batch()));

            JsonNode games = ok(http.get("/data/games"));
            assertThat(games.get("available").asBoolean()).as(games.toString()).isTrue();
            assertThat(games.at("/live/0/game_id").asText()).isEqualTo("game-k");
            JsonNode detail = ok(http.get("/data/games/game-k"));
            assertThat(detail.at("/samples/minerals")).extracting(JsonNode::asDouble)
                    .containsExactlyElementsOf(game.column("minerals"));
            assertThat(detail.get("client").isEmpty()).as("no game_end, no client counters").isTrue();

            assertThat(http.get("/data/games/no-such-game").status()).isEqualTo(404);
            TestHttp.Answer badId = http.get("/data/games/bad%20id");
            assertThat(badId.status()).isEqualTo(400);
            assertThat(badId.json().get("field").asText()).isEqualTo("id");
            TestHttp.Answer badLevel = http.get("/data/logs?level=DEBUG");
            assertThat(badLevel.status()).isEqualTo(400);
            assertThat(badLevel.json().get("problem").asText()).isEqualTo("'DEBUG' is not allowed; allowed: WARN, ERROR");
            assertThat(http.get("/data/logs?service=a%20b").status()).isEqualTo(400);
        }
    }

    @Test
    void thePageAndEveryFileItLoadsComeFromTheJar() {
        try (RunningService dashboard = RunningService.start(local(ServiceName.DASHBOARD), Clock.systemUTC())) {
            TestHttp http = new TestHttp(dashboard.baseUrl());
            TestHttp.Answer page = http.get("/");
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("html"));

            List<String> loaded = new ArrayList<>();
            Matcher refs = Pattern.compile("(?:src|href)=\"([^\"]+)\"").matcher(page.body());
            while (refs.find()) {
                loaded.add(refs.group(1));
            }
            assertThat(loaded).contains("/webjars/uplot/1.6.30/dist/uPlot.iife.min.js", "app.js")
                    .allSatisfy(ref -> assertThat(ref).doesNotStartWith("http"));
            for (String ref : loaded) {
                TestHttp.Answer file = http.get(ref.startsWith("/") ? ref : "/" + ref);
                assertThat(file.status()).as(ref).isEqualTo(200);
                assertThat(file.body()).as(ref).isNotBlank();
            }
        }
    }

    private ServiceSettings local(ServiceName service) {
        return ServiceSettings.local(service, 0, dir.resolve(service.wireName()));
    }

    /** The same settings with an API key (through the record's constructor, whatever copy helpers it has). */
    private static ServiceSettings withKey(ServiceSettings s, String key) {
        return new ServiceSettings(s.service(), s.bindAddress(), s.port(), s.dataDir(), s.databaseUrl(),
                s.databaseUser(), s.databasePassword(), s.databasePoolSize(), Optional.of(Secret.of(key)), s.limits(),
                s.tls(), s.registryUrl(), s.advertisedUrl(), s.registrationTtl(), s.logShipUrl(), s.shutdownGrace());
    }

    private static DashboardSettings nowhere(Optional<Secret> key) {
        return telemetryAt(NOWHERE, key);
    }

    private static DashboardSettings telemetryAt(URI telemetry, Optional<Secret> key) {
        return new DashboardSettings(new Upstream("telemetry", Optional.of(telemetry), true, NOWHERE),
                new Upstream("registry", Optional.empty(), false, NOWHERE),
                new Upstream("learning", Optional.empty(), true, NOWHERE),
                new Upstream("supervisor", Optional.empty(), false, NOWHERE),
                Duration.ofSeconds(30), Duration.ofSeconds(2), key);
    }

    private static JsonNode ok(TestHttp.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }
}
