package io.wickedzerg.bot.strategy;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The strategy numbers one game is played with, and the model version they came from. Unknown keys
 * in a model are ignored (a newer learner may know more); values are clamped to their ranges.
 */
public final class StrategyParameters {

    private final EnumMap<StrategyParameter, Double> values;
    private final String version;

    private StrategyParameters(EnumMap<StrategyParameter, Double> values, String version) {
        this.values = values;
        this.version = version;
    }

    public static StrategyParameters defaults() {
        return from(Map.of(), "defaults");
    }

    /** Missing keys take the default; out-of-range values are clamped. */
    public static StrategyParameters from(Map<String, Double> raw, String version) {
        EnumMap<StrategyParameter, Double> values = new EnumMap<>(StrategyParameter.class);
        for (StrategyParameter p : StrategyParameter.values()) {
            Double v = raw.get(p.key());
            values.put(p, v == null || v.isNaN() ? p.defaultValue() : p.clamp(v));
        }
        return new StrategyParameters(values, version);
    }

    /** These values on top of {@code base}: what a model file or service sends may be partial. */
    public StrategyParameters overriddenBy(Map<String, Double> raw, String newVersion) {
        Map<String, Double> merged = new LinkedHashMap<>(asMap());
        merged.putAll(raw);
        return from(merged, newVersion);
    }

    public double get(StrategyParameter p) {
        return values.get(p);
    }

    public int getInt(StrategyParameter p) {
        return (int) Math.round(values.get(p));
    }

    public String version() {
        return version;
    }

    public Map<String, Double> asMap() {
        Map<String, Double> out = new LinkedHashMap<>();
        values.forEach((p, v) -> out.put(p.key(), v));
        return out;
    }

    @Override
    public String toString() {
        return "StrategyParameters{" + version + ", " + asMap() + "}";
    }
}
