package io.wickedzerg.services.dashboard;

import io.wickedzerg.services.http.TestHttp;
import io.wickedzerg.services.learning.LearningSettings;
import io.wickedzerg.services.runtime.RunningService;
import io.wickedzerg.services.settings.ServiceName;
import io.wickedzerg.services.settings.ServiceSettings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The real learning service (2 candidates x 1 game) played to an environment change: in generations 0-4 the elite
 * (always c00) wins and the other candidate loses; in generation 5 the elite loses too, with 4 of its games as the
 * baseline, so the environment check declares a change; generation 6 has one game. And a dashboard that reads it
 * (every other service it would read is nowhere).
 */
final class SeededLearning {

    static final int GENERATIONS = 7;
    static final int CHANGE_GENERATION = 5;

    private SeededLearning() {
    }

    static RunningService start(Path dir, Clock clock) {
        LearningSettings learning = LearningSettings.builder(Path.of(System.getProperty("wz.projectRoot", ".."))
                .resolve("config")).populationSize(2).gamesPerCandidate(1).seed(5).build();
        RunningService service = RunningService.learning(ServiceSettings.local(ServiceName.LEARNING, 0,
                dir.resolve("learning")), learning, clock);
        try {
            TestHttp http = new TestHttp(service.baseUrl());
            for (int generation = 0; generation < GENERATIONS - 1; generation++) {
                play(http, "g" + generation + "a", 0, generation < CHANGE_GENERATION ? "Victory" : "Defeat");
                play(http, "g" + generation + "b", 1, "Defeat");
            }
            play(http, "g6a", 0, "Victory");
            return service;
        } catch (RuntimeException | AssertionError e) {
            service.close();
            throw e;
        }
    }

    /** Plays the current generation's candidate {@code index} (its explore version, from the stats) as {@code outcome}. */
    private static void play(TestHttp http, String game, int index, String outcome) {
        String version = http.get("/api/stats").json().get("current").get("candidates").get(index).get("version")
                .asText();
        TestHttp.Answer answer = http.post("/api/training", "{\"run_id\":\"stats-run\",\"game_id\":\"" + game
                + "\",\"game_result\":\"" + outcome + "\",\"game_time\":300,\"build_order_score\":1,"
                + "\"loss_reason\":\"\",\"parameters_updated\":0,\"parameters\":{},\"model_version\":\"" + version
                + "\",\"killed_value\":1000,\"lost_value\":500}");
        if (answer.status() != 200 || !answer.json().get("status").asText().equals("recorded")) {
            throw new AssertionError("seeding the learning service failed: " + answer.status() + " " + answer.body());
        }
    }

    /** A dashboard that reads {@code learning}; the other services it would read are not there. */
    static RunningService dashboard(Path dir, URI learning) {
        URI nowhere = URI.create("http://127.0.0.1:1");
        DashboardSettings settings = new DashboardSettings(new Upstream("telemetry", Optional.of(nowhere), false,
                nowhere), new Upstream("registry", Optional.of(nowhere), false, nowhere),
                new Upstream("learning", Optional.of(learning), true, learning),
                new Upstream("supervisor", Optional.of(nowhere), false, nowhere), Duration.ofSeconds(10),
                Duration.ofSeconds(2), Optional.empty());
        return RunningService.dashboard(ServiceSettings.local(ServiceName.DASHBOARD, 0, dir.resolve("dashboard")),
                settings, Clock.systemUTC());
    }
}
