package io.wickedzerg.bot.strategy;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every tunable strategy number: its model key, default, and the range the learner may move it in.
 */
public enum StrategyParameter {
    DRONE_TARGET("drone_target", 50, 20, 75),
    QUEENS_PER_BASE("queens_per_base", 1.0, 0.5, 2.0),
    ATTACK_SUPPLY("attack_supply", 36, 12, 120),
    RETREAT_FRACTION("retreat_fraction", 0.35, 0.1, 0.8),
    EXPAND_INTERVAL_SECONDS("expand_interval_seconds", 120, 45, 300),
    MAX_BASES("max_bases", 4, 2, 8),
    ROACH_WEIGHT("army_roach_weight", 0.6, 0.0, 1.0),
    ZERGLING_WEIGHT("army_zergling_weight", 0.4, 0.0, 1.0),
    HYDRALISK_WEIGHT("army_hydralisk_weight", 0.3, 0.0, 1.0),
    ARMY_SUPPLY_PER_MINUTE("army_supply_per_minute", 4.5, 0.5, 10),
    MAX_EXTRACTORS("max_extractors", 4, 1, 8),
    DEFEND_RADIUS("defend_radius", 22, 10, 40);

    private final String key;
    private final double defaultValue;
    private final double min;
    private final double max;

    StrategyParameter(String key, double defaultValue, double min, double max) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.min = min;
        this.max = max;
    }

    public String key() { return key; }
    public double defaultValue() { return defaultValue; }
    public double min() { return min; }
    public double max() { return max; }

    public double clamp(double value) {
        return Math.max(min, Math.min(max, value));
    }

    public static Optional<StrategyParameter> byKey(String key) {
        return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
    }

    public static String allowedKeys() {
        return String.join(", ", Arrays.stream(values()).map(StrategyParameter::key).toList());
    }
}
