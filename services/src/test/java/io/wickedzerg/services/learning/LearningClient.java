package io.wickedzerg.services.learning;

import com.fasterxml.jackson.databind.JsonNode;
import io.wickedzerg.services.http.TestHttp;
import io.wickedzerg.services.runtime.RunningService;
import io.wickedzerg.services.settings.ServiceName;
import io.wickedzerg.services.settings.ServiceSettings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;

/**
 * A test's side of the learning service: fetch a model, play it (the test says how the game went), post the
 * result as the bot would.
 */
final class LearningClient {

    private final TestHttp http;

    LearningClient(URI base) {
        this.http = new TestHttp(base);
    }

    /** The project's config/ folder: the strategy files the bot plays with. */
    static Path configDir() {
        return Path.of(System.getProperty("wz.projectRoot", "..")).resolve("config");
    }

    /** A learning service on SQLite under {@code dir}, on a free loopback port. */
    static RunningService start(Path dir, int population, int gamesPerCandidate, Clock clock) {
        return RunningService.learning(ServiceSettings.local(ServiceName.LEARNING, 0, dir),
                LearningSettings.builder(configDir()).populationSize(population).gamesPerCandidate(gamesPerCandidate)
                        .seed(42).build(), clock);
    }

    TestHttp http() {
        return http;
    }

    JsonNode model(String query) {
        TestHttp.Answer answer = http.get("/api/model/latest" + query);
        if (answer.status() != 200) {
            throw new AssertionError("model" + query + ": " + answer.status() + " " + answer.body());
        }
        return answer.json();
    }

    JsonNode stats(String query) {
        TestHttp.Answer answer = http.get("/api/stats" + query);
        if (answer.status() != 200) {
            throw new AssertionError("stats" + query + ": " + answer.status() + " " + answer.body());
        }
        return answer.json();
    }

    TestHttp.Answer post(String body) {
        return http.post("/api/training", body);
    }

    /** Posts and expects 200. */
    JsonNode train(String body) {
        TestHttp.Answer answer = post(body);
        if (answer.status() != 200) {
            throw new AssertionError("training: " + answer.status() + " " + answer.body());
        }
        return answer.json();
    }

    /** A result of game {@code game} of run {@code run}, played with {@code version}. */
    static String result(String run, String game, String version, String outcome, double seconds) {
        return result(run, game, version, outcome, seconds, "");
    }

    /** The same with more fields, e.g. {@code ,"opponent_id":"bot-7"}. */
    static String result(String run, String game, String version, String outcome, double seconds, String more) {
        return "{\"run_id\":\"" + run + "\",\"game_id\":\"" + game + "\",\"game_result\":\"" + outcome
                + "\",\"game_time\":" + seconds + ",\"build_order_score\":0.9,\"loss_reason\":\"\","
                + "\"parameters_updated\":0,\"parameters\":{\"drone_target\":50},\"model_version\":\"" + version
                + "\",\"killed_value\":1200,\"lost_value\":800" + more + "}";
    }
}
