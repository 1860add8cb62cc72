package io.wickedzerg.optimiser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParameterSpaceTest {

    @Test
    void aSpecFitsValuesIntoItsRangeAndRoundsWholeNumbers() {
        ParameterSpec drones = new ParameterSpec("drone_target", 50, 20, 75, true);
        ParameterSpec retreat = new ParameterSpec("retreat_fraction", 0.35, 0.1, 0.8, false);

        assertThat(drones.fit(61.6)).isEqualTo(62.0);
        assertThat(drones.fit(90)).isEqualTo(75.0);
        assertThat(drones.fit(Double.NaN)).isEqualTo(50.0);
        assertThat(retreat.fit(0.4567)).isEqualTo(0.4567);
        assertThat(retreat.fit(-3)).isEqualTo(0.1);
    }

    @Test
    void badSpecsAndSpacesAreErrorsNamingTheKey() {
        assertThatThrownBy(() -> new ParameterSpec("attack_supply", 5, 12, 120, true))
                .hasMessage("attack_supply: default 5.0 is outside 12.0 .. 120.0");
        assertThatThrownBy(() -> new ParameterSpec("max_bases", 4, 8, 2, true)).hasMessageContaining("max_bases: min 8.0");
        assertThatThrownBy(() -> new ParameterSpec("max_bases", 4.5, 2, 8, true))
                .hasMessageContaining("max_bases: a whole-number parameter");
        ParameterSpec p = new ParameterSpec("a", 1, 0, 2, false);
        assertThatThrownBy(() -> new ParameterSpace(List.of(p, p), List.of("x"), "x")).hasMessageContaining("a is listed twice");
        assertThatThrownBy(() -> new ParameterSpace(List.of(p), List.of("x"), "y")).hasMessageContaining("y is not one of [x]");
    }

    @Test
    void aGenomeIsCheckedAgainstTheSpace() {
        ParameterSpace space = Spaces.strategy();
        Genome defaults = space.defaults();
        space.check(defaults, "defaults");

        Map<String, Double> tooMany = new java.util.LinkedHashMap<>(defaults.parameters());
        tooMany.put("max_bases", 9.0);
        assertThatThrownBy(() -> space.check(new Genome(tooMany, "12-pool"), "c1"))
                .hasMessageContaining("c1: max_bases = 9.0 is outside 2.0 .. 8.0");
        assertThatThrownBy(() -> space.check(new Genome(defaults.parameters(), "roach-rush"), "c2"))
                .hasMessageContaining("c2: build order roach-rush");
    }

    @Test
    void genomesCountTheParametersThatDiffer() {
        Genome a = Spaces.strategy().defaults();
        Map<String, Double> changed = new java.util.LinkedHashMap<>(a.parameters());
        changed.put("drone_target", 60.0);
        changed.put("defend_radius", 30.0);

        assertThat(new Genome(changed, "12-pool").parametersChangedFrom(a)).isEqualTo(2);
        assertThat(a.parametersChangedFrom(a)).isZero();
    }
}
