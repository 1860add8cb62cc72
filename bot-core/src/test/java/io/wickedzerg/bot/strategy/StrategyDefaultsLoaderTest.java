package io.wickedzerg.bot.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wickedzerg.bot.testing.ProjectFiles;
import io.wickedzerg.bot.testing.Strategies;
import io.wickedzerg.optimiser.ParameterSpec;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StrategyDefaultsLoaderTest {

    private final StrategyDefaultsLoader loader = new StrategyDefaultsLoader();

    /** A file with every parameter the bot reads, each a valid spec, and {@code extra} spliced in first. */
    private static String file(String extra) {
        StringBuilder params = new StringBuilder(extra);
        for (StrategyParameter p : StrategyParameter.values()) {
            if (!extra.contains("\"" + p.key() + "\"")) {
                params.append(params.length() == 0 ? "" : ",").append("\"").append(p.key())
                        .append("\":{\"default\":1,\"min\":0,\"max\":2}");
            }
        }
        return "{\"build_order\":\"12-pool\",\"parameters\":{" + params + "}}";
    }

    @Test
    void theShippedFileDefinesEveryParameterTheBotReadsWithItsRange() {
        StrategyDefaults d = loader.load(ProjectFiles.path("config/strategy-defaults.json"));

        assertThat(d.buildOrder()).isEqualTo("hatch-gas-pool");
        assertThat(d.parameters().getInt(StrategyParameter.ATTACK_SUPPLY)).isEqualTo(36);
        assertThat(d.parameters().specs()).extracting(ParameterSpec::key)
                .containsExactly(java.util.Arrays.stream(StrategyParameter.values()).map(StrategyParameter::key)
                        .toArray(String[]::new));
        assertThat(d.parameters().specs()).contains(new ParameterSpec("drone_target", 50, 20, 75, true),
                new ParameterSpec("retreat_fraction", 0.35, 0.1, 0.8, false));
        assertThat(d.space(java.util.List.of("12-pool", "hatch-gas-pool")).defaults().parameters())
                .isEqualTo(d.parameters().asMap());
    }

    @Test
    void unknownMissingAndOutOfRangeParametersAreErrorsNamingTheKey() {
        assertThatThrownBy(() -> loader.parse("s.json", file("\"atack_supply\":{\"default\":30,\"min\":1,\"max\":40}")))
                .hasMessageContaining("s.json: parameters.atack_supply: unknown parameter; allowed:")
                .hasMessageContaining("attack_supply");
        assertThatThrownBy(() -> loader.parse("s.json", file("\"attack_supply\":{\"default\":5,\"min\":12,\"max\":120}")))
                .hasMessage("s.json: parameters.attack_supply: default 5.0 is outside 12.0 .. 120.0");
        assertThatThrownBy(() -> loader.parse("s.json", file("\"max_bases\":{\"default\":4,\"min\":8,\"max\":2}")))
                .hasMessageContaining("s.json: parameters.max_bases: min 8.0 must be a number not above max 2.0");
        assertThatThrownBy(() -> loader.parse("s.json", "{\"parameters\":{\"drone_target\":{\"default\":50,\"min\":20,\"max\":75}}}"))
                .hasMessageContaining("s.json: parameters: missing queens_per_base, attack_supply");
    }

    @Test
    void eachParameterNeedsADefaultAMinAndAMaxAndMayBeAWholeNumber() {
        assertThatThrownBy(() -> loader.parse("s.json", file("\"drone_target\":{\"default\":50,\"min\":20}")))
                .hasMessage("s.json: parameters.drone_target.max: missing; must be a number");
        assertThatThrownBy(() -> loader.parse("s.json", file("\"drone_target\":{\"default\":50,\"min\":\"20\",\"max\":75}")))
                .hasMessage("s.json: parameters.drone_target.min: must be a number");
        assertThatThrownBy(() -> loader.parse("s.json", file("\"drone_target\":{\"default\":50,\"min\":20,\"max\":75,\"step\":1}")))
                .hasMessageContaining("s.json: parameters.drone_target.step: unknown field; allowed: default, min, max, integer");
        assertThatThrownBy(() -> loader.parse("s.json", file("\"drone_target\":{\"default\":50,\"min\":20,\"max\":75,\"integer\":1}")))
                .hasMessage("s.json: parameters.drone_target.integer: must be true or false");
        assertThatThrownBy(() -> loader.parse("s.json", file("\"drone_target\":{\"default\":50.5,\"min\":20,\"max\":75,\"integer\":true}")))
                .hasMessageContaining("parameters.drone_target: a whole-number parameter needs a whole default");
        assertThatThrownBy(() -> loader.parse("s.json", file("\"drone_target\":50")))
                .hasMessageContaining("s.json: parameters.drone_target: expected {\"default\"")
                .hasMessageContaining("a bare number has no range");

        StrategyDefaults ok = loader.parse("s.json", file("\"drone_target\":{\"default\":50,\"min\":20,\"max\":75,\"integer\":true}"));
        assertThat(ok.parameters().specs().get(0)).isEqualTo(new ParameterSpec("drone_target", 50, 20, 75, true));
        assertThat(ok.parameters().specs().get(1).integer()).as("integer defaults to false").isFalse();
    }

    @Test
    void aLearnedModelIsFittedIntoTheRangesAndMayBePartial() {
        StrategyParameters p = Strategies.defaults()
                .overriddenBy(Map.of("attack_supply", 500.0, "drone_target", 61.6, "unknown_future_key", 1.0), "m-3");

        assertThat(p.get(StrategyParameter.ATTACK_SUPPLY)).isEqualTo(120.0);
        assertThat(p.get(StrategyParameter.DRONE_TARGET)).as("a whole number").isEqualTo(62.0);
        assertThat(p.get(StrategyParameter.RETREAT_FRACTION)).isEqualTo(0.35);
        assertThat(p.version()).isEqualTo("m-3");
    }
}
