package io.wickedzerg.services.learning;

import static org.assertj.core.api.Assertions.assertThat;

import io.wickedzerg.optimiser.Genome;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A served model's version names its state, its candidate and its parameters, and reads back as written. */
class ModelVersionTest {

    private static final Genome GENOME = new Genome(Map.of("drone_target", 50.0, "retreat_fraction", 0.35),
            "hatch-gas-pool");

    @Test
    void versionsReadBackAsWritten() {
        for (ModelVersion v : new ModelVersion[] {
                ModelVersion.of(StateKey.GLOBAL, false, "g3-c07", GENOME),
                ModelVersion.of(StateKey.GLOBAL, true, "defaults", GENOME),
                ModelVersion.of(StateKey.opponent("5b2c:e1.x_y-z"), true, "g12-c105", GENOME)}) {
            assertThat(ModelVersion.parse(v.text())).contains(v);
        }
        assertThat(ModelVersion.of(StateKey.opponent("bot-7"), false, "g3-c07", GENOME).text())
                .matches("svc-g3-c07-[0-9a-f]{8}@bot-7");
    }

    @Test
    void otherVersionsAreNotThisServicesAndAFixedBuildOrderIsRecognised() {
        assertThat(ModelVersion.parse("local-g3-c07")).isEmpty();
        assertThat(ModelVersion.parse("defaults")).isEmpty();
        assertThat(ModelVersion.parse("svc-g3-c07")).isEmpty();
        assertThat(ModelVersion.parse("svc-g3-c07-0a1b2c3d/12-pool")).isEmpty();
        assertThat(ModelVersion.beforeFixedBuildOrder("svc-g3-c07-0a1b2c3d@bot/12-pool"))
                .contains("svc-g3-c07-0a1b2c3d@bot");
        assertThat(ModelVersion.beforeFixedBuildOrder("svc-g3-c07-0a1b2c3d")).isEmpty();
    }

    @Test
    void theHashFollowsTheValuesAndTheBuildOrderNotTheKeyOrder() {
        Map<String, Double> reversed = new LinkedHashMap<>();
        reversed.put("retreat_fraction", 0.35);
        reversed.put("drone_target", 50.0);

        assertThat(ModelVersion.hash(new Genome(reversed, "hatch-gas-pool"))).isEqualTo(ModelVersion.hash(GENOME));
        assertThat(ModelVersion.hash(new Genome(Map.of("drone_target", 51.0, "retreat_fraction", 0.35),
                "hatch-gas-pool"))).isNotEqualTo(ModelVersion.hash(GENOME));
        assertThat(ModelVersion.hash(new Genome(GENOME.parameters(), "12-pool"))).isNotEqualTo(ModelVersion.hash(GENOME));
    }
}
