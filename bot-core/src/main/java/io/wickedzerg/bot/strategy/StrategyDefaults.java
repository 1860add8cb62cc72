package io.wickedzerg.bot.strategy;

import io.wickedzerg.optimiser.ParameterSpace;
import java.util.List;

/** {@code config/strategy-defaults.json}: the build order to play and every parameter's default and range. */
public record StrategyDefaults(String buildOrder, StrategyParameters parameters) {

    /** What the optimiser searches: these parameters' ranges and the given build orders, with these defaults. */
    public ParameterSpace space(List<String> buildOrders) {
        return new ParameterSpace(parameters.specs(), buildOrders, buildOrder);
    }
}
