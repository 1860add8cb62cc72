package io.wickedzerg.services.dashboard;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.wickedzerg.services.http.TestHttp;
import io.wickedzerg.services.runtime.RunningService;
import io.wickedzerg.services.settings.ServiceName;
import io.wickedzerg.services.settings.ServiceSettings;
import io.wickedzerg.services.supervisor.ChildSpec;
import io.wickedzerg.services.supervisor.RestartPolicy;
import io.wickedzerg.services.supervisor.Supervisor;
import io.wickedzerg.services.supervisor.SupervisorHttp;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dashboard with real services behind it on free loopback ports: a registry and a telemetry
 * service on temporary SQLite files, a supervisor running one child ({@code sleep}), and the
 * learning stub. The dashboard is told the registry's URL only for telemetry, so it must find the
 * telemetry service through the registry. Seeded with a live game, a finished one and log lines.
 */
final class SeededServices implements AutoCloseable {

    static final int LIVE_SAMPLES = 40;
    static final int FINISHED_SAMPLES = 5;
    static final String WARN_MESSAGE = "disk nearly full: 3% left";
    static final String ERROR_MESSAGE = "database connection lost";

    final RunningService registry;
    final RunningService telemetry;
    final LearningStub learning;
    final Supervisor supervisor;
    final SupervisorHttp supervisorHttp;
    final RunningService dashboard;
    final SeededGame live = new SeededGame("run-live", "game-live", LIVE_SAMPLES)
            .event(22, "game_start", Map.of("opponent", "Terran VeryHard", "map", "Wicked Cove", "seed", 7))
            .event(330, "structure_finished", Map.of("type", "SPAWNING_POOL", "x", 40.5, "y", 32.5))
            .event(506, "unit_lost", Map.of("type", "DRONE", "x", 41.0, "y", 30.0))
            .event(506, "unit_lost", Map.of("type", "ZERGLING", "x", 42.0, "y", 30.0))
            .event(704, "attack_started", Map.of("army_supply", 12, "army_count", 8));
    final SeededGame finished = new SeededGame("run-done", "game-done", FINISHED_SAMPLES)
            .event(22, "game_start", Map.of("opponent", "Zerg Easy", "map", "Creep Ridge", "seed", 3))
            .event(110, "game_end", Map.of("result", "Victory", "game_seconds", 4.9, "telemetry_spooled", 3,
                    "telemetry_replayed", 3));

    private SeededServices(Path dir) throws IOException {
        registry = RunningService.start(ServiceSettings.local(ServiceName.REGISTRY, 0, dir.resolve("registry")),
                Clock.systemUTC());
        telemetry = RunningService.start(ServiceSettings.local(ServiceName.TELEMETRY, 0, dir.resolve("telemetry")),
                Clock.systemUTC());
        learning = LearningStub.start();
        PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        supervisor = new Supervisor(List.of(new ChildSpec("sleeper", List.of("sh", "-c", "exec sleep 600"), dir,
                dir.resolve("sleeper.log"))), RestartPolicy.defaults(), meters);
        supervisor.start();
        supervisorHttp = SupervisorHttp.start(supervisor, meters, "127.0.0.1", 0);
        DashboardSettings settings = new DashboardSettings(
                // nothing listens on port 1: only the registry can tell where telemetry is
                new Upstream("telemetry", Optional.empty(), true, URI.create("http://127.0.0.1:1")),
                new Upstream("registry", Optional.of(registry.baseUrl()), false, registry.baseUrl()),
                new Upstream("learning", Optional.of(learning.baseUrl()), true, learning.baseUrl()),
                new Upstream("supervisor", Optional.of(supervisorUrl()), false, supervisorUrl()),
                Duration.ofMinutes(10), Duration.ofSeconds(2), Optional.empty());
        dashboard = RunningService.dashboard(ServiceSettings.local(ServiceName.DASHBOARD, 0, dir.resolve("dashboard")),
                settings, Clock.systemUTC());
    }

    static SeededServices start(Path dir) throws IOException {
        SeededServices services = new SeededServices(dir);
        try {
            services.seed();
        } catch (RuntimeException | AssertionError e) {
            services.close();
            throw e;
        }
        return services;
    }

    private void seed() {
        TestHttp registryHttp = new TestHttp(registry.baseUrl());
        expectOk(registryHttp.post("/api/services", "{\"name\":\"telemetry\",\"url\":\"" + telemetry.baseUrl()
                + "\",\"instance_id\":\"telemetry-seeded\",\"ttl_seconds\":3600,\"metadata\":{\"load\":0}}"));
        expectOk(registryHttp.post("/api/services", "{\"name\":\"wicked-zerg-bot\",\"url\":\"bot://host/wz-1\","
                + "\"instance_id\":\"wz-1\",\"ttl_seconds\":3600,\"metadata\":{\"kind\":\"bot\"}}"));
        TestHttp telemetryHttp = telemetry();
        expectOk(telemetryHttp.post("/api/telemetry", finished.batch()));
        expectOk(telemetryHttp.post("/api/telemetry", live.batch()));
        String now = Instant.now().toString();
        expectOk(telemetryHttp.post("/api/logs", "{\"source\":\"registry-seeded\",\"service\":\"registry\",\"lines\":["
                + "{\"seq\":1,\"time\":\"" + now + "\",\"level\":\"WARN\",\"logger\":\"io.wickedzerg.services.db\","
                + "\"message\":\"" + WARN_MESSAGE + "\",\"thread\":\"main\"},"
                + "{\"seq\":2,\"time\":\"" + now + "\",\"level\":\"ERROR\",\"logger\":\"io.wickedzerg.services.db\","
                + "\"message\":\"" + ERROR_MESSAGE + "\",\"error\":\"java.sql.SQLException: closed\"}]}"));
    }

    TestHttp telemetry() {
        return new TestHttp(telemetry.baseUrl());
    }

    URI supervisorUrl() {
        return URI.create("http://127.0.0.1:" + supervisorHttp.port());
    }

    static void expectOk(TestHttp.Answer answer) {
        if (answer.status() != 200) {
            throw new AssertionError("seeding failed: " + answer.status() + " " + answer.body());
        }
    }

    @Override
    public void close() {
        dashboard.close();
        supervisorHttp.close();
        supervisor.close();
        learning.close();
        telemetry.close();
        registry.close();
    }
}
