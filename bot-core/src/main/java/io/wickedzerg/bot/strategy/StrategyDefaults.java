package io.wickedzerg.bot.strategy;

/** {@code config/strategy-defaults.json}: the build order to play and the default parameters. */
public record StrategyDefaults(String buildOrder, StrategyParameters parameters) {
}
