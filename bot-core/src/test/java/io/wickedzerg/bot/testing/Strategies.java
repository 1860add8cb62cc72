package io.wickedzerg.bot.testing;

import io.wickedzerg.bot.strategy.BuildOrder;
import io.wickedzerg.bot.strategy.BuildOrderLoader;
import io.wickedzerg.bot.strategy.StrategyDefaults;
import io.wickedzerg.bot.strategy.StrategyDefaultsLoader;
import io.wickedzerg.bot.strategy.StrategyParameters;
import io.wickedzerg.optimiser.ParameterSpace;
import java.util.List;
import java.util.Map;

/** The shipped config/strategy-defaults.json and build orders, read once (all immutable). */
public final class Strategies {

    private static final StrategyDefaults SHIPPED =
            new StrategyDefaultsLoader().load(ProjectFiles.path("config/strategy-defaults.json"));
    private static final Map<String, BuildOrder> BUILD_ORDERS =
            new BuildOrderLoader(Fixtures.TECH).loadAll(ProjectFiles.path("config/build-orders"));

    private Strategies() {
    }

    public static StrategyDefaults shipped() {
        return SHIPPED;
    }

    /** The shipped defaults, with their ranges. */
    public static StrategyParameters defaults() {
        return SHIPPED.parameters();
    }

    public static Map<String, BuildOrder> buildOrders() {
        return BUILD_ORDERS;
    }

    public static BuildOrder buildOrder(String id) {
        return BUILD_ORDERS.get(id);
    }

    /** What the local learner searches with the shipped config. */
    public static ParameterSpace space() {
        return SHIPPED.space(List.copyOf(BUILD_ORDERS.keySet()));
    }
}
