package io.wickedzerg.services.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.wickedzerg.services.dashboard.LearningStats.Candidate;
import io.wickedzerg.services.dashboard.LearningStats.EnvironmentChange;
import io.wickedzerg.services.dashboard.LearningStats.Generation;
import io.wickedzerg.services.dashboard.LearningStats.Tier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The learning service's /api/stats as the README documents it for the dashboard. */
class LearningStatsParserTest {

    private final LearningStatsParser parser = new LearningStatsParser(new JsonReader(new ObjectMapper()));

    @Test
    void readsTheShapeTheReadmeDocuments() throws IOException {
        String readme = Files.readString(Path.of(System.getProperty("wz.projectRoot", "..")).resolve("README.md"));
        Matcher example = Pattern.compile("learning-stats-example -->\\s*```json\\s*(\\{.*?})\\s*```", Pattern.DOTALL)
                .matcher(readme);
        assertThat(example.find()).as("the README's /api/stats example").isTrue();

        LearningStats stats = parser.parse(example.group(1));

        assertThat(stats.generations()).containsExactly(new Generation(1, 20, 9, 0.45, 0.71, 1.2),
                new Generation(2, 20, 12, 0.6, 0.83, 1.35));
        assertThat(stats.current()).hasValueSatisfying(current -> {
            assertThat(current.generation()).isEqualTo(3);
            assertThat(current.candidates()).containsExactly(new Candidate("g3-c01", Tier.ELITE, 2, 1.1),
                    new Candidate("g3-c02", Tier.SIGNIFICANT, 2, 0.7), new Candidate("g3-c03", Tier.DEPRECATED, 2, 0.1),
                    new Candidate("g3-c04", Tier.UNRANKED, 0, null));
        });
        assertThat(stats.environmentChanges())
                .containsExactly(new EnvironmentChange(2, "2026-01-01T10:00:00Z", 0.8, 0.6));
    }

    @Test
    void moreFieldsThanItKnowsAndNoCurrentGenerationAreFine() {
        LearningStats stats = parser.parse("{\"generations\":[{\"generation\":1,\"games\":0,\"wins\":0,\"win_rate\":null,"
                + "\"mean_fitness\":null,\"extra\":[1,2]}],\"current\":null,\"best\":{\"id\":\"x\"}}");

        assertThat(stats.generations()).containsExactly(new Generation(1, 0, 0, null, null, null));
        assertThat(stats.current()).isEmpty();
        assertThat(stats.environmentChanges()).isEmpty();
    }

    @Test
    void aFieldItCannotReadIsNamedWithItsPath() {
        assertThatThrownBy(() -> parser.parse("{\"generations\":[{\"generation\":1,\"games\":2,\"wins\":1,"
                + "\"win_rate\":\"half\"}]}")).hasMessage("generations[0].win_rate: must be a number or null");
        assertThatThrownBy(() -> parser.parse("{\"current\":{\"generation\":2,\"candidates\":[{\"id\":\"a\","
                + "\"tier\":\"gold\",\"games\":1}]}}")).hasMessage("current.candidates[0].tier: 'gold' is not a tier;"
                + " allowed: elite, significant, deprecated, unranked or null");
        assertThatThrownBy(() -> parser.parse("{\"environment_changes\":[{\"generation\":1.5}]}"))
                .hasMessage("environment_changes[0].generation: must be a whole number");
        assertThatThrownBy(() -> parser.parse("[]"))
                .hasMessage("must be a JSON object with generations, current and environment_changes");
        assertThatThrownBy(() -> parser.parse("<html>")).hasMessageStartingWith("answered something that is not JSON");
    }
}
