package io.wickedzerg.bot.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wickedzerg.bot.testing.Strategies;
import io.wickedzerg.clients.learning.StrategyModel;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StrategyFileTest {

    private final StrategyFile files = new StrategyFile(Strategies.shipped(), Strategies.buildOrders().keySet());

    @Test
    void aFileNamesItsVersionValuesAndBuildOrder() {
        StrategyModel m = files.parse("s.json", """
                {"version": "learn-g7-c03", "parameters": {"drone_target": 61, "retreat_fraction": 0.5},
                 "build_order": "roach-timing"}""");

        assertThat(m.version()).isEqualTo("learn-g7-c03");
        assertThat(m.parameters()).containsExactly(Map.entry("drone_target", 61.0), Map.entry("retreat_fraction", 0.5));
        assertThat(m.chosenBuildOrder()).hasValue("roach-timing");
    }

    @Test
    void leftOutParametersAndBuildOrderAreTheDefaultsChoice() {
        StrategyModel m = files.parse("s.json", "{\"version\": \"mine\"}");

        assertThat(m.parameters()).isEmpty();
        assertThat(m.chosenBuildOrder()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            not json                     | {"version": | s.json: not valid JSON
            not an object                | [1]                                                       | s.json: expected an object with "version", "parameters" and "build_order"
            unknown field                | {"version": "v", "params": {}}                            | s.json: params: unknown field; allowed: version, parameters, build_order
            no version                   | {"parameters": {}}                                        | s.json: version: missing; must be a non-empty text naming this parameter set
            the local learner's version  | {"version": "local-g0-c01"}                               | s.json: version: "local-g0-c01" starts with 'local-', which names the local learner's candidates
            unknown parameter            | {"version": "v", "parameters": {"drones": 3}}             | s.json: parameters.drones: unknown parameter; allowed: drone_target, queens_per_base
            not a number                 | {"version": "v", "parameters": {"drone_target": "many"}}  | s.json: parameters.drone_target: must be a number, was "many"
            outside the range            | {"version": "v", "parameters": {"drone_target": 80}}      | s.json: parameters.drone_target: 80 is outside 20.0 .. 75.0 or not a whole number
            not whole                    | {"version": "v", "parameters": {"max_bases": 3.5}}        | s.json: parameters.max_bases: 3.5 is outside 2.0 .. 8.0 or not a whole number
            unknown build order          | {"version": "v", "build_order": "6-pool"}                 | s.json: build_order: "6-pool" is not one of 12-pool, hatch-gas-pool, roach-timing
            """)
    void aBadFileIsOneMessageNamingTheFileAndTheKey(String what, String text, String message) {
        assertThatThrownBy(() -> files.parse("s.json", text)).isInstanceOf(StrategyException.class)
                .hasMessageStartingWith(message);
    }

    @Test
    void aMissingFileIsNamed(@TempDir Path dir) {
        assertThatThrownBy(() -> files.load(dir.resolve("none.json"))).hasMessage(dir.resolve("none.json") + ": no such file");
    }

    @Test
    void whatIsWrittenReadsBackTheSame(@TempDir Path dir) throws Exception {
        Map<String, Double> values = new LinkedHashMap<>(Strategies.defaults().asMap());
        values.put("attack_supply", 90.0);
        StrategyModel written = new StrategyModel("learn-best", values, "12-pool");

        StrategyFile.write(dir.resolve("sub/best.json"), written);

        assertThat(files.load(dir.resolve("sub/best.json"))).isEqualTo(written);
    }
}
