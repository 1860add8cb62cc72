package io.wickedzerg.bot.strategy;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every tunable strategy number the bot reads, by its key in {@code config/strategy-defaults.json}. The file is
 * the one source of each one's default, range and whether it is a whole number; the loader insists that it
 * defines exactly these keys.
 */
public enum StrategyParameter {
    DRONE_TARGET("drone_target"),
    QUEENS_PER_BASE("queens_per_base"),
    ATTACK_SUPPLY("attack_supply"),
    RETREAT_FRACTION("retreat_fraction"),
    EXPAND_INTERVAL_SECONDS("expand_interval_seconds"),
    MAX_BASES("max_bases"),
    ROACH_WEIGHT("army_roach_weight"),
    ZERGLING_WEIGHT("army_zergling_weight"),
    HYDRALISK_WEIGHT("army_hydralisk_weight"),
    ARMY_SUPPLY_PER_MINUTE("army_supply_per_minute"),
    MAX_EXTRACTORS("max_extractors"),
    DEFEND_RADIUS("defend_radius");

    private final String key;

    StrategyParameter(String key) {
        this.key = key;
    }

    public String key() { return key; }

    public static Optional<StrategyParameter> byKey(String key) {
        return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
    }

    public static String allowedKeys() {
        return String.join(", ", Arrays.stream(values()).map(StrategyParameter::key).toList());
    }
}
