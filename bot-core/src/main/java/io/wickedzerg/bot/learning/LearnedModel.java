package io.wickedzerg.bot.learning;

import io.wickedzerg.bot.strategy.StrategyParameter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The local learner's state: the parameter centre, the reward baseline and counts.
 *
 * @param generation increases with every update; the version is {@code local-<generation>}
 */
public record LearnedModel(long generation, Map<String, Double> parameters, double baseline, long games, long wins) {

    public LearnedModel {
        parameters = Map.copyOf(parameters);
    }

    public static LearnedModel initial(Map<String, Double> defaults) {
        Map<String, Double> all = new LinkedHashMap<>();
        for (StrategyParameter p : StrategyParameter.values()) {
            all.put(p.key(), defaults.getOrDefault(p.key(), p.defaultValue()));
        }
        return new LearnedModel(0, all, 0.0, 0, 0);
    }

    public String version() {
        return "local-" + generation;
    }
}
