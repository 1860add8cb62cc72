package io.wickedzerg.bot.strategy;

import io.wickedzerg.optimiser.ParameterSpec;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The strategy numbers one game is played with, the model version they came from, and each parameter's range
 * (from {@code config/strategy-defaults.json}). Unknown keys in a model are ignored (a newer learner may know
 * more); values are fitted into their ranges (and rounded when whole numbers).
 */
public final class StrategyParameters {

    private final EnumMap<StrategyParameter, ParameterSpec> specs;
    private final EnumMap<StrategyParameter, Double> values;
    private final String version;

    private StrategyParameters(EnumMap<StrategyParameter, ParameterSpec> specs, EnumMap<StrategyParameter, Double> values,
                               String version) {
        this.specs = specs;
        this.values = values;
        this.version = version;
    }

    /** Each spec's default; {@code specs} must hold one for every {@link StrategyParameter}. */
    public static StrategyParameters defaults(Map<StrategyParameter, ParameterSpec> specs) {
        EnumMap<StrategyParameter, ParameterSpec> all = new EnumMap<>(StrategyParameter.class);
        EnumMap<StrategyParameter, Double> values = new EnumMap<>(StrategyParameter.class);
        for (StrategyParameter p : StrategyParameter.values()) {
            ParameterSpec spec = specs.get(p);
            if (spec == null || !spec.key().equals(p.key())) {
                throw new IllegalArgumentException("no range for " + p.key());
            }
            all.put(p, spec);
            values.put(p, spec.defaultValue());
        }
        return new StrategyParameters(all, values, "defaults");
    }

    /** These values on top of this one's: what a model file or service sends may be partial. */
    public StrategyParameters overriddenBy(Map<String, Double> raw, String newVersion) {
        EnumMap<StrategyParameter, Double> next = new EnumMap<>(values);
        raw.forEach((key, v) -> StrategyParameter.byKey(key).ifPresent(p -> {
            if (v != null) {
                next.put(p, specs.get(p).fit(v));
            }
        }));
        return new StrategyParameters(specs, next, newVersion);
    }

    /** The same values under another version name. */
    public StrategyParameters withVersion(String newVersion) {
        return new StrategyParameters(specs, values, newVersion);
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

    /** Every parameter's range, in {@link StrategyParameter} order. */
    public List<ParameterSpec> specs() {
        return List.copyOf(specs.values());
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
