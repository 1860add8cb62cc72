package io.wickedzerg.services.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wickedzerg.services.dashboard.LearningStats.Candidate;
import io.wickedzerg.services.dashboard.LearningStats.Tier;
import io.wickedzerg.services.http.TestHttp;
import io.wickedzerg.services.runtime.RunningService;
import io.wickedzerg.services.testing.ManualClock;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real learning service's {@code GET /api/stats}, after generations played to an environment change, read by
 * the dashboard's parser and served on the dashboard's learning panel.
 */
class LearningStatsFromServiceTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void theLearningServicesStatsParseInTheDashboard() {
        try (RunningService service = SeededLearning.start(dir, new ManualClock(NOW))) {
            String body = new TestHttp(service.baseUrl()).get("/api/stats").body();

            LearningStats stats = new LearningStatsParser(new JsonReader(new ObjectMapper())).parse(body);

            assertThat(stats.generations()).hasSize(SeededLearning.GENERATIONS);
            LearningStats.Generation first = stats.generations().get(0);
            assertThat(first.games()).isEqualTo(2);
            assertThat(first.wins()).isEqualTo(1);
            assertThat(first.winRate()).isEqualTo(0.5);
            assertThat(first.bestFitness()).isGreaterThan(first.meanFitness());
            LearningStats.Generation playing = stats.generations().get(6);
            assertThat(playing.generation()).isEqualTo(6);
            assertThat(playing.games()).isEqualTo(1);
            assertThat(playing.bestFitness()).as("not ranked yet").isNull();
            assertThat(stats.current()).hasValueSatisfying(current -> {
                assertThat(current.generation()).isEqualTo(6);
                assertThat(current.candidates()).extracting(Candidate::id, Candidate::tier, Candidate::games)
                        .containsExactly(tuple("g6-c00", Tier.ELITE, 1), tuple("g6-c01", Tier.UNRANKED, 0));
            });
            assertThat(stats.environmentChanges()).singleElement().satisfies(change -> {
                assertThat(change.generation()).isEqualTo(SeededLearning.CHANGE_GENERATION);
                assertThat(change.time()).isEqualTo(NOW.toString());
                assertThat(change.recent()).isLessThan(change.baseline() * 0.8);
            });

            try (RunningService dashboard = SeededLearning.dashboard(dir, service.baseUrl())) {
                JsonNode panel = new TestHttp(dashboard.baseUrl()).get("/data/learning").json();
                assertThat(panel.get("available").asBoolean()).as(panel.toString()).isTrue();
                assertThat(panel.get("stats").get("generations")).hasSize(SeededLearning.GENERATIONS);
                assertThat(panel.get("stats").get("environment_changes")).hasSize(1);
            }
        }
    }
}
