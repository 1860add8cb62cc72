package io.wickedzerg.optimiser;

import java.util.List;

/** Spaces for the tests: {@link #strategy()} is shaped like config/strategy-defaults.json and the build orders. */
final class Spaces {

    static final List<String> BUILD_ORDERS = List.of("12-pool", "hatch-gas-pool", "roach-timing");

    private Spaces() {
    }

    static ParameterSpace strategy() {
        return new ParameterSpace(List.of(
                new ParameterSpec("drone_target", 50, 20, 75, true),
                new ParameterSpec("queens_per_base", 1.0, 0.5, 2.0, false),
                new ParameterSpec("attack_supply", 36, 12, 120, true),
                new ParameterSpec("retreat_fraction", 0.35, 0.1, 0.8, false),
                new ParameterSpec("expand_interval_seconds", 120, 45, 300, false),
                new ParameterSpec("max_bases", 4, 2, 8, true),
                new ParameterSpec("army_roach_weight", 0.6, 0.0, 1.0, false),
                new ParameterSpec("army_zergling_weight", 0.4, 0.0, 1.0, false),
                new ParameterSpec("army_hydralisk_weight", 0.3, 0.0, 1.0, false),
                new ParameterSpec("army_supply_per_minute", 4.5, 0.5, 10, false),
                new ParameterSpec("max_extractors", 4, 1, 8, true),
                new ParameterSpec("defend_radius", 22, 10, 40, false)),
                BUILD_ORDERS, "hatch-gas-pool");
    }
}
