package io.wickedzerg.services.learning;

import static io.wickedzerg.services.learning.LearningClient.result;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wickedzerg.services.http.TestHttp;
import io.wickedzerg.services.runtime.RunningService;
import io.wickedzerg.services.testing.ManualClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The learning service over real HTTP on loopback, on a real SQLite file. */
class LearningServiceTest {

    private final ManualClock clock = new ManualClock(Instant.parse("2026-03-01T10:00:00Z"));

    @TempDir
    Path dir;

    @Test
    void aGenerationCompletesWhenEachCandidateHasItsGamesAndTheStatsShowIt() {
        try (RunningService service = LearningClient.start(dir, 3, 1, clock)) {
            LearningClient learning = new LearningClient(service.baseUrl());
            List<String> served = new ArrayList<>();
            String[] outcomes = {"Victory", "Defeat", "Victory"};
            JsonNode last = null;
            for (int i = 0; i < 3; i++) {
                String version = learning.model("").get("version").asText();
                served.add(version);
                last = learning.train(result("run-1", "game-" + i, version, outcomes[i], 300 + i * 100));
                assertThat(last.get("status").asText()).isEqualTo("recorded");
                assertThat(last.get("candidate").asText()).isEqualTo("g0-c0" + i);
            }
            JsonNode stats = learning.stats("");
            JsonNode next = learning.model("");

            assertThat(served).allSatisfy(v -> assertThat(v).matches("svc-g0-c0[0-2]-[0-9a-f]{8}"));
            assertThat(last.get("completed_generation").asInt()).isZero();
            JsonNode done = stats.get("generations").get(0);
            assertThat(done.get("generation").asInt()).isZero();
            assertThat(done.get("complete").asBoolean()).isTrue();
            assertThat(done.get("games").asInt()).isEqualTo(3);
            assertThat(done.get("wins").asInt()).isEqualTo(2);
            assertThat(done.get("win_rate").asDouble()).isEqualTo(2 / 3.0);
            assertThat(done.get("best_fitness").isNumber()).isTrue();
            JsonNode playing = stats.get("generations").get(1);
            assertThat(playing.get("generation").asInt()).isEqualTo(1);
            assertThat(playing.get("complete").asBoolean()).isFalse();
            assertThat(playing.get("win_rate").isNull()).isTrue();
            assertThat(stats.get("current").get("generation").asInt()).isEqualTo(1);
            assertThat(stats.get("current").get("candidates")).hasSize(3);
            assertThat(stats.get("ranking")).extracting(r -> r.get("tier").asText())
                    .containsExactly("elite", "significant", "deprecated");
            assertThat(stats.get("best").get("id").asText()).isEqualTo(stats.get("ranking").get(0).get("id").asText());
            assertThat(stats.get("results").get("recorded").asInt()).isEqualTo(3);
            assertThat(next.get("version").asText()).startsWith("svc-g1-c00-")
                    .isEqualTo(stats.get("current").get("candidates").get(0).get("version").asText());
            assertThat(next.get("generation").asInt()).isEqualTo(1);
            assertThat(next.get("build_order").isTextual()).isTrue();
            assertThat(next.get("parameters").get("drone_target").isNumber()).isTrue();
        }
    }

    @Test
    void theModelsEtagIsItsVersionAndAnUnchangedModelAnswers304() throws Exception {
        try (RunningService service = LearningClient.start(dir, 2, 1, clock)) {
            LearningClient learning = new LearningClient(service.baseUrl());
            TestHttp.Answer first = learning.http().get("/api/model/latest");
            String version = first.json().get("version").asText();
            String etag = first.headers().firstValue("ETag").orElseThrow();

            assertThat(etag).isEqualTo("\"" + version + "\"");
            assertThat(conditional(service.baseUrl(), etag)).isEqualTo(304);
            assertThat(conditional(service.baseUrl(), "W/" + etag)).isEqualTo(304);
            assertThat(conditional(service.baseUrl(), "\"svc-g0-c00-00000000\", " + etag)).isEqualTo(304);
            assertThat(conditional(service.baseUrl(), "\"local-g0-c00\"")).isEqualTo(200);

            learning.train(result("run-1", "g1", version, "Victory", 300));
            assertThat(conditional(service.baseUrl(), etag)).as("a result moved explore on").isEqualTo(200);
        }
    }

    @Test
    void exploitServesTheDefaultsBeforeAnyScoreThenTheTopOfTheLatestRanking() {
        try (RunningService service = LearningClient.start(dir, 2, 1, clock)) {
            LearningClient learning = new LearningClient(service.baseUrl());
            JsonNode before = learning.model("?mode=exploit");
            learning.train(result("run-1", "g1", learning.model("").get("version").asText(), "Defeat", 300));
            learning.train(result("run-1", "g2", learning.model("").get("version").asText(), "Victory", 300));
            JsonNode after = learning.model("?mode=EXPLOIT");
            JsonNode stats = learning.stats("");
            TestHttp.Answer bad = learning.http().get("/api/model/latest?mode=greedy");

            assertThat(before.get("version").asText()).matches("svc-best-defaults-[0-9a-f]{8}");
            assertThat(before.get("mode").asText()).isEqualTo("exploit");
            assertThat(before.get("parameters").get("drone_target").asDouble()).isEqualTo(50);
            assertThat(before.get("build_order").asText()).isEqualTo("hatch-gas-pool");
            assertThat(after.get("version").asText()).isEqualTo(stats.get("best").get("version").asText())
                    .startsWith("svc-best-g0-c01-");
            assertThat(after.get("fitness").asDouble()).isEqualTo(stats.get("ranking").get(0).get("fitness").asDouble());
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.json().get("field").asText()).isEqualTo("mode");
            assertThat(bad.json().get("problem").asText()).contains("explore, exploit");
        }
    }

    @Test
    void aRepeatedResultAnswersAsTheFirstTimeAndIsCountedOnce() {
        try (RunningService service = LearningClient.start(dir, 2, 2, clock)) {
            LearningClient learning = new LearningClient(service.baseUrl());
            String version = learning.model("").get("version").asText();
            JsonNode first = learning.train(result("run-1", "g1", version, "Victory", 300));
            JsonNode again = learning.train(result("run-1", "g1", version, "Victory", 300));
            JsonNode changed = learning.train(result("run-1", "g1", version, "Defeat", 900));
            JsonNode stats = learning.stats("");
            JsonNode stored = learning.http().get("/api/training/run-1/g1").json();

            assertThat(first.get("duplicate").asBoolean()).isFalse();
            for (JsonNode repeat : List.of(again, changed)) {
                assertThat(repeat.get("duplicate").asBoolean()).isTrue();
                assertThat(repeat.get("status").asText()).isEqualTo(first.get("status").asText()).isEqualTo("recorded");
                assertThat(repeat.get("candidate")).isEqualTo(first.get("candidate"));
                assertThat(repeat.get("generation")).isEqualTo(first.get("generation"));
            }
            assertThat(stats.get("results").get("stored").asInt()).isEqualTo(1);
            assertThat(stats.get("current").get("candidates").get(0).get("games").asInt()).isEqualTo(1);
            assertThat(stored.get("game_result").asText()).as("the first one stays").isEqualTo("Victory");
            assertThat(stored.get("killed_value").asDouble()).isEqualTo(1200);
            assertThat(stored.get("booking").get("status").asText()).isEqualTo("recorded");
            assertThat(learning.http().get("/api/training/run-1/g404").status()).isEqualTo(404);
        }
    }

    @Test
    void resultsOfModelsThatAreNotACurrentCandidateAreStoredAndCountedButNotRecorded() {
        try (RunningService service = LearningClient.start(dir, 2, 1, clock)) {
            LearningClient learning = new LearningClient(service.baseUrl());
            String c00 = learning.model("").get("version").asText();
            String best = learning.model("?mode=exploit").get("version").asText();

            assertThat(status(learning, "g1", "local-g0-c00")).isEqualTo("not_a_service_model");
            assertThat(status(learning, "g2", "defaults")).isEqualTo("not_a_service_model");
            assertThat(status(learning, "g3", c00 + "/12-pool")).isEqualTo("fixed_build_order");
            assertThat(status(learning, "g4", best)).isEqualTo("exploit_model");
            assertThat(status(learning, "g5", "svc-g0-c00-00000000")).as("another state's g0-c00")
                    .isEqualTo("unknown_candidate");
            assertThat(status(learning, "g6", c00)).isEqualTo("recorded");
            assertThat(status(learning, "g7", c00)).isEqualTo("already_scored");
            String c01 = learning.model("").get("version").asText();
            assertThat(status(learning, "g8", c01)).isEqualTo("recorded");
            assertThat(status(learning, "g9", c01)).as("its generation is over").isEqualTo("stale_candidate");

            JsonNode results = learning.stats("").get("results");
            assertThat(results.get("stored").asInt()).isEqualTo(9);
            assertThat(results.get("recorded").asInt()).isEqualTo(2);
            JsonNode byStatus = results.get("by_status");
            assertThat(byStatus.get("not_a_service_model").asInt()).isEqualTo(2);
            assertThat(byStatus.get("fixed_build_order").asInt()).isEqualTo(1);
            assertThat(byStatus.get("exploit_model").asInt()).isEqualTo(1);
            assertThat(byStatus.get("unknown_candidate").asInt()).isEqualTo(1);
            assertThat(byStatus.get("already_scored").asInt()).isEqualTo(1);
            assertThat(byStatus.get("stale_candidate").asInt()).isEqualTo(1);
            assertThat(results.get("ignored_by_optimiser").asInt()).as("the optimiser's own count").isEqualTo(3);
        }
    }

    @Test
    void anOpponentWithHistoryGetsItsOwnStateSeededFromTheGlobalBest() {
        try (RunningService service = LearningClient.start(dir, 2, 1, clock)) {
            LearningClient learning = new LearningClient(service.baseUrl());
            learning.train(result("run-1", "g1", learning.model("").get("version").asText(), "Defeat", 300));
            String beforeHistory = learning.model("?opponent=bot-7").get("version").asText();
            learning.train(result("run-1", "g2", beforeHistory, "Victory", 300, ",\"opponent_id\":\"bot-7\""));
            JsonNode globalBest = learning.stats("").get("best");
            JsonNode own = learning.model("?opponent=bot-7");
            JsonNode booked = learning.train(result("run-1", "g3", own.get("version").asText(), "Victory", 250,
                    ",\"opponent_id\":\"bot-7\",\"opponent\":\"ladder:bot-7\""));
            JsonNode opponentStats = learning.stats("?opponent=bot-7");
            JsonNode globalStats = learning.stats("");

            assertThat(beforeHistory).as("no history yet: the global model").startsWith("svc-g0-c01-").doesNotContain("@");
            assertThat(own.get("version").asText()).matches("svc-g0-c00-[0-9a-f]{8}@bot-7");
            assertThat(own.get("state").asText()).isEqualTo("opponent:bot-7");
            assertThat(own.get("parameters")).as("its generation 0 starts at the global best")
                    .isEqualTo(globalBest.get("parameters"));
            assertThat(own.get("build_order")).isEqualTo(globalBest.get("build_order"));
            assertThat(booked.get("state").asText()).isEqualTo("opponent:bot-7");
            assertThat(booked.get("status").asText()).isEqualTo("recorded");
            assertThat(opponentStats.get("state").asText()).isEqualTo("opponent:bot-7");
            assertThat(opponentStats.get("results").get("recorded").asInt()).isEqualTo(1);
            assertThat(globalStats.get("opponents")).extracting(JsonNode::asText).containsExactly("bot-7");
            assertThat(globalStats.get("results").get("recorded").asInt()).isEqualTo(2);
            assertThat(learning.model("?opponent=bot-8").get("state").asText()).isEqualTo("global");
            TestHttp.Answer unknown = learning.http().get("/api/stats?opponent=bot-8");
            assertThat(unknown.status()).isEqualTo(404);
            assertThat(unknown.json().get("field").asText()).isEqualTo("opponent");
            TestHttp.Answer bad = learning.http().get("/api/model/latest?opponent=bad%20id");
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.json().get("field").asText()).isEqualTo("opponent");
        }
    }

    @Test
    void aRestartGoesOnWithTheSameGenerationAndTheSameNextCandidate() {
        String next;
        try (RunningService service = LearningClient.start(dir, 3, 2, clock)) {
            LearningClient learning = new LearningClient(service.baseUrl());
            for (int i = 0; i < 4; i++) {
                learning.train(result("run-1", "g" + i, learning.model("").get("version").asText(), "Victory", 300));
            }
            next = learning.model("").get("version").asText();
        }
        try (RunningService again = LearningClient.start(dir, 5, 1, clock)) {
            LearningClient learning = new LearningClient(again.baseUrl());
            JsonNode stats = learning.stats("");

            assertThat(learning.model("").get("version").asText()).isEqualTo(next);
            assertThat(stats.get("settings").get("population_size").asInt()).as("the stored state's own").isEqualTo(3);
            assertThat(stats.get("results").get("recorded").asInt()).isEqualTo(4);
        }
    }

    @Test
    void aBadResultIsRefusedNamingTheField() {
        try (RunningService service = LearningClient.start(dir, 2, 1, clock)) {
            LearningClient learning = new LearningClient(service.baseUrl());
            TestHttp.Answer missing = learning.post("{\"run_id\":\"r\",\"game_id\":\"g\"}");
            TestHttp.Answer race = learning.post(result("r", "g", "v1", "Victory", 10, ",\"opponent_race\":\"Elf\""));

            assertThat(missing.status()).isEqualTo(400);
            assertThat(missing.json().get("field").asText()).isEqualTo("game_result");
            assertThat(missing.json().get("problem").asText()).isEqualTo("is required");
            assertThat(race.status()).isEqualTo(400);
            assertThat(race.json().get("field").asText()).isEqualTo("opponent_race");
            assertThat(race.json().get("problem").asText()).contains("Terran, Zerg, Protoss, Random");
            assertThat(learning.stats("").get("results").get("stored").asInt()).isZero();
        }
    }

    private static String status(LearningClient learning, String game, String version) {
        return learning.train(result("run-s", game, version, "Victory", 300)).get("status").asText();
    }

    private static int conditional(URI base, String ifNoneMatch) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/api/model/latest"))
                .header("If-None-Match", ifNoneMatch).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
