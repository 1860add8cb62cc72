package io.wickedzerg.bot.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wickedzerg.bot.testing.ProjectFiles;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StrategyDefaultsLoaderTest {

    private final StrategyDefaultsLoader loader = new StrategyDefaultsLoader();

    @Test
    void theShippedDefaultsLoad() {
        StrategyDefaults d = loader.load(ProjectFiles.path("config/strategy-defaults.json"));

        assertThat(d.buildOrder()).isEqualTo("hatch-gas-pool");
        assertThat(d.parameters().getInt(StrategyParameter.ATTACK_SUPPLY)).isEqualTo(36);
    }

    @Test
    void unknownAndOutOfRangeParametersAreErrorsNamingTheKey() {
        assertThatThrownBy(() -> loader.parse("s.json", "{\"parameters\":{\"atack_supply\":30}}"))
                .hasMessageContaining("s.json: parameters.atack_supply: unknown parameter; allowed:")
                .hasMessageContaining("attack_supply");
        assertThatThrownBy(() -> loader.parse("s.json", "{\"parameters\":{\"attack_supply\":5}}"))
                .hasMessageContaining("parameters.attack_supply: 5.0 is outside 12.0 .. 120.0");
    }

    @Test
    void aLearnedModelIsClampedAndMayBePartial() {
        StrategyParameters p = StrategyParameters.defaults()
                .overriddenBy(Map.of("attack_supply", 500.0, "unknown_future_key", 1.0), "m-3");

        assertThat(p.get(StrategyParameter.ATTACK_SUPPLY)).isEqualTo(120.0);
        assertThat(p.get(StrategyParameter.DRONE_TARGET)).isEqualTo(StrategyParameter.DRONE_TARGET.defaultValue());
        assertThat(p.version()).isEqualTo("m-3");
    }
}
